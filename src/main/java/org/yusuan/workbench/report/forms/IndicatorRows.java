package org.yusuan.workbench.report.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yusuan.workbench.domain.performance.Indicator;
import org.yusuan.workbench.domain.performance.IndicatorSkeleton;

/**
 * Lays a form's indicators out on the framework skeleton: every 二级 of the skeleton gets its
 * indicators in the accountant's order, or one empty row when it has none, as the reference forms
 * print. An indicator under a 一级 or 二级 the skeleton does not know is printed too, after the
 * known ones of its 一级 (or in a 一级 group of its own at the end), so that a misfiled indicator
 * is seen on paper rather than lost.
 */
public final class IndicatorRows {

    private IndicatorRows() {
    }

    public static List<IndicatorRow> of(IndicatorSkeleton skeleton, List<Indicator> indicators) {
        // 一级 → 二级 → indicators; skeleton order first, then unknown groups in order of appearance
        Map<String, Map<String, List<Indicator>>> groups = new LinkedHashMap<>();
        for (IndicatorSkeleton.Branch branch : skeleton.branches()) {
            Map<String, List<Indicator>> level2 = groups.computeIfAbsent(branch.level1(), k -> new LinkedHashMap<>());
            branch.level2().forEach(name -> level2.put(name, new ArrayList<>()));
        }
        for (Indicator indicator : indicators) {
            groups.computeIfAbsent(indicator.level1(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(indicator.level2(), k -> new ArrayList<>()).add(indicator);
        }
        List<IndicatorRow> rows = new ArrayList<>();
        groups.forEach((level1, level2Groups) -> {
            int level1Span = level2Groups.values().stream().mapToInt(list -> Math.max(1, list.size())).sum();
            boolean firstOfLevel1 = true;
            for (var group : level2Groups.entrySet()) {
                List<Indicator> members = group.getValue();
                int level2Span = Math.max(1, members.size());
                for (int i = 0; i < level2Span; i++) {
                    rows.add(new IndicatorRow(level1, firstOfLevel1 ? level1Span : 0, group.getKey(),
                            i == 0 ? level2Span : 0, members.isEmpty() ? null : members.get(i)));
                    firstOfLevel1 = false;
                }
            }
        });
        return rows;
    }
}
