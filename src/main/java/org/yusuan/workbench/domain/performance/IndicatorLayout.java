package org.yusuan.workbench.domain.performance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one order of a form's indicators, used by the screen and the printed form alike: every 二级
 * of the framework's skeleton gets its indicators in the accountant's order, or one empty row when
 * it has none, as the reference forms print. An indicator under a 一级 or 二级 the skeleton does not
 * know comes too — after the known ones of its 一级, or in a 一级 group of its own at the end — so a
 * misfiled indicator is seen rather than lost.
 */
public final class IndicatorLayout {

    /**
     * One row. A 一级 or 二级 cell is shown once, on the first row of its group, spanning
     * {@code level1Span} / {@code level2Span} rows; on the rows it covers the span is 0.
     *
     * @param index     the indicator's position in the form's list; -1 for an empty 二级 row
     * @param indicator the 三级 indicator of the row, or null for a 二级 with no indicator yet
     */
    public record Row(String level1, int level1Span, String level2, int level2Span, int index, Indicator indicator) {

        public boolean startsLevel1() {
            return level1Span > 0;
        }

        public boolean startsLevel2() {
            return level2Span > 0;
        }
    }

    private IndicatorLayout() {
    }

    public static List<Row> of(IndicatorSkeleton skeleton, List<Indicator> indicators) {
        // 一级 → 二级 → positions in the form's list; skeleton order first, then unknown groups as they appear
        Map<String, Map<String, List<Integer>>> groups = new LinkedHashMap<>();
        for (IndicatorSkeleton.Branch branch : skeleton.branches()) {
            Map<String, List<Integer>> level2 = groups.computeIfAbsent(branch.level1(), k -> new LinkedHashMap<>());
            branch.level2().forEach(name -> level2.put(name, new ArrayList<>()));
        }
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            groups.computeIfAbsent(indicator.level1(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(indicator.level2(), k -> new ArrayList<>()).add(i);
        }
        List<Row> rows = new ArrayList<>();
        groups.forEach((level1, level2Groups) -> {
            int level1Span = level2Groups.values().stream().mapToInt(list -> Math.max(1, list.size())).sum();
            boolean firstOfLevel1 = true;
            for (var group : level2Groups.entrySet()) {
                List<Integer> members = group.getValue();
                int level2Span = Math.max(1, members.size());
                for (int i = 0; i < level2Span; i++) {
                    int index = members.isEmpty() ? -1 : members.get(i);
                    rows.add(new Row(level1, firstOfLevel1 ? level1Span : 0, group.getKey(), i == 0 ? level2Span : 0,
                            index, index < 0 ? null : indicators.get(index)));
                    firstOfLevel1 = false;
                }
            }
        });
        return rows;
    }
}
