package org.yusuan.workbench.report.forms;

import org.yusuan.workbench.domain.performance.Indicator;

/**
 * One row of the indicator table. A 一级 or 二级 cell is written once, on the first row of its
 * group, spanning {@code level1Span} / {@code level2Span} rows; on the rows it covers the span is 0.
 *
 * @param indicator the 三级 indicator of the row, or null for a 二级 with no indicator (an empty row)
 */
public record IndicatorRow(String level1, int level1Span, String level2, int level2Span, Indicator indicator) {

    public boolean startsLevel1() {
        return level1Span > 0;
    }

    public boolean startsLevel2() {
        return level2Span > 0;
    }
}
