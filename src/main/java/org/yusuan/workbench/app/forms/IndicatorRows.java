package org.yusuan.workbench.app.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yusuan.workbench.domain.performance.Indicator;
import org.yusuan.workbench.domain.performance.IndicatorSkeleton;

/**
 * Lays a form's indicators on the framework skeleton, as the printed form does: every 二级 of the
 * skeleton in order, with its indicators or one empty row; indicators filed under a 一级/二级 the
 * skeleton does not know follow, never dropped.
 */
final class IndicatorRows {

    private IndicatorRows() {
    }

    static List<IndicatorRow> of(IndicatorSkeleton skeleton, List<Indicator> indicators) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (IndicatorSkeleton.Branch b : skeleton.branches()) {
            for (String level2 : b.level2()) {
                groups.put(key(b.level1(), level2), new ArrayList<>());
            }
        }
        for (int i = 0; i < indicators.size(); i++) {
            Indicator ind = indicators.get(i);
            groups.computeIfAbsent(key(ind.level1(), ind.level2()), k -> new ArrayList<>()).add(i);
        }
        List<IndicatorRow> rows = new ArrayList<>();
        String lastLevel1 = null;
        for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
            String[] levels = g.getKey().split("\\|", 2);
            boolean newLevel1 = !levels[0].equals(lastLevel1);
            lastLevel1 = levels[0];
            if (g.getValue().isEmpty()) {
                rows.add(new IndicatorRow(levels[0], levels[1], -1, null, newLevel1, true));
                continue;
            }
            boolean first = true;
            for (int index : g.getValue()) {
                rows.add(new IndicatorRow(levels[0], levels[1], index, indicators.get(index), newLevel1 && first, first));
                first = false;
            }
        }
        return rows;
    }

    private static String key(String level1, String level2) {
        return level1 + "|" + level2;
    }
}
