package org.yusuan.workbench.app.forms;

import org.yusuan.workbench.domain.performance.Indicator;
import org.yusuan.workbench.domain.performance.IndicatorLayout;

/**
 * One row of the indicator grid: a 三级 indicator under its 一级/二级, or an empty row standing for a
 * 二级 of the skeleton that has none yet (typing a name there adds one, as on the printed form).
 *
 * @param index          the indicator's position in the form's list; -1 for an empty 二级 row
 * @param firstOfLevel1  the first row of its 一级, which alone shows the 一级 name (the print's spanned cell)
 * @param firstOfLevel2  likewise for the 二级
 */
public record IndicatorRow(String level1, String level2, int index, Indicator indicator,
                           boolean firstOfLevel1, boolean firstOfLevel2) {

    /** The screen's row for a row of the one layout the printed form uses too. */
    static IndicatorRow of(IndicatorLayout.Row row) {
        return new IndicatorRow(row.level1(), row.level2(), row.index(), row.indicator(), row.startsLevel1(),
                row.startsLevel2());
    }

    public boolean isPlaceholder() {
        return indicator == null;
    }

    public String name() {
        return indicator == null ? "" : indicator.name();
    }

    public String value(FormPeriod period) {
        if (indicator == null) {
            return "";
        }
        String v = period == FormPeriod.IMPLEMENTATION ? indicator.valueImplementation() : indicator.valueYear();
        return v == null ? "" : v;
    }
}
