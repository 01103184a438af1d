package org.yusuan.workbench.report.forms;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.element.Table;
import java.util.List;
import org.yusuan.workbench.domain.performance.Indicator;
import org.yusuan.workbench.domain.performance.IndicatorLayout;

/**
 * The 绩效指标 table: 一级 | 二级 | 三级 | 指标值 for 实施期, then 二级 | 三级 | 指标值 for 年度, one
 * indicator per row, 一级 and 二级 cells spanning their rows. Its two heading rows are iText header
 * rows, so a form too long for one page repeats them on the next.
 */
final class IndicatorTable {

    private final FormCells cells;

    IndicatorTable(FormCells cells) {
        this.cells = cells;
    }

    Table build(List<IndicatorLayout.Row> rows) {
        // Pulled up by one border width: the header block's bottom border is then also this table's
        // top border, instead of two lines side by side that print as one thick one.
        Table table = cells.indicatorTable().setMarginTop(-FormCells.BORDER_WIDTH);
        // The 绩效指标 label column reads as one cell from the headings down: the heading part is
        // blank and open at the bottom, the body part carries the label and is open at the top.
        table.addHeaderCell(cells.label("", 2, 1).setBorderBottom(Border.NO_BORDER));
        table.addHeaderCell(cells.heading("实施期指标", 1, 4)).addHeaderCell(cells.heading("年度指标", 1, 3));
        for (String heading : List.of("一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值")) {
            table.addHeaderCell(cells.heading(heading, 1, 1));
        }
        for (int i = 0; i < rows.size(); i++) {
            IndicatorLayout.Row row = rows.get(i);
            if (i == 0) {
                table.addCell(cells.label("绩效指标", rows.size(), 1).setBorderTop(Border.NO_BORDER));
            }
            if (row.startsLevel1()) {
                table.addCell(cells.label(row.level1(), row.level1Span(), 1));
            }
            addPeriod(table, row, row.indicator() == null ? null : row.indicator().valueImplementation());
            addPeriod(table, row, row.indicator() == null ? null : row.indicator().valueYear());
        }
        return table;
    }

    private void addPeriod(Table table, IndicatorLayout.Row row, String value) {
        if (row.startsLevel2()) {
            table.addCell(cells.label(row.level2(), row.level2Span(), 1));
        }
        table.addCell(cells.text(shownName(row.indicator(), value), 1, 1)).addCell(cells.text(value, 1, 1));
    }

    /**
     * An indicator's name shows on the side of each period it has a value for (the reference leaves
     * the 实施期 side blank for an indicator set for the year only); one with no value at all shows
     * on both sides, so that it is not lost from the paper.
     */
    static String shownName(Indicator indicator, String value) {
        if (indicator == null) {
            return "";
        }
        boolean noValueAtAll = isBlank(indicator.valueImplementation()) && isBlank(indicator.valueYear());
        return !isBlank(value) || noValueAtAll ? indicator.name() : "";
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
