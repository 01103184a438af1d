package org.yusuan.workbench.report.booklet;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.util.List;
import java.util.Set;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.calc.table.HeaderCell;
import org.yusuan.workbench.calc.table.RowKind;
import org.yusuan.workbench.calc.table.TableRow;

/**
 * One disclosure table as a bordered iText table: the header rows with their spans (repeated on
 * every page the table runs onto), amounts right-aligned, totals and groups set apart.
 */
final class DisclosureTableLayout {

    /** Rows printed bold: totals and the groups under which detail rows sit. */
    private static final Set<RowKind> BOLD = Set.of(RowKind.TOTAL, RowKind.CLASS, RowKind.GROUP, RowKind.DEPARTMENT,
            RowKind.UNIT);
    private static final float PADDING = 3f;
    /** A text column never takes more than this share of the width; longer names wrap. */
    private static final float TEXT_COLUMN_CAP = 0.42f;

    private final BookletStyle style;

    DisclosureTableLayout(BookletStyle style) {
        this.style = style;
    }

    Table layout(DisclosureTable table, float availableWidth) {
        int columns = table.columnCount();
        Table grid = new Table(UnitValue.createPercentArray(columnWidths(table, availableWidth)))
                .useAllAvailableWidth().setFixedLayout();
        grid.setFont(style.fonts().regular()).setFontSize(BookletStyle.TABLE_SIZE);
        for (List<HeaderCell> headerRow : table.header()) {
            for (HeaderCell h : headerRow) {
                grid.addHeaderCell(bordered(new Cell(h.rowSpan(), h.columnSpan()))
                        .add(cellText(h.text()).setTextAlignment(TextAlignment.CENTER))
                        .setFont(style.fonts().bold()).setBackgroundColor(BookletStyle.HEADER_FILL)
                        .setVerticalAlignment(VerticalAlignment.MIDDLE));
            }
        }
        for (TableRow row : table.rows()) {
            for (int c = 0; c < columns; c++) {
                var source = c < row.cells().size() ? row.cell(c) : org.yusuan.workbench.calc.table.Cell.blank();
                boolean amount = source instanceof org.yusuan.workbench.calc.table.Cell.Amount;
                Cell cell = bordered(new Cell()).add(cellText(source.printed())
                        .setTextAlignment(amount ? TextAlignment.RIGHT : TextAlignment.LEFT))
                        .setVerticalAlignment(VerticalAlignment.MIDDLE);
                if (BOLD.contains(row.kind())) {
                    cell.setFont(style.fonts().bold());
                }
                if (row.kind() == RowKind.TOTAL) {
                    cell.setBackgroundColor(BookletStyle.TOTAL_FILL);
                }
                grid.addCell(cell);
            }
        }
        return grid;
    }

    /**
     * Column widths from what the columns hold: amounts need their widest figure, text columns
     * their longest entry up to a cap, every column at least four characters of its header.
     */
    private float[] columnWidths(DisclosureTable table, float availableWidth) {
        int columns = table.columnCount();
        PdfFont regular = style.fonts().regular();
        PdfFont bold = style.fonts().bold();
        float size = BookletStyle.TABLE_SIZE;
        float[] widths = new float[columns];
        boolean[] amounts = new boolean[columns];
        for (TableRow row : table.rows()) {
            for (int c = 0; c < Math.min(columns, row.cells().size()); c++) {
                var cell = row.cell(c);
                amounts[c] |= cell instanceof org.yusuan.workbench.calc.table.Cell.Amount;
                widths[c] = Math.max(widths[c], bold.getWidth(cell.printed(), size));
            }
        }
        // Amount headers (一般公共预算, 2023年合计) read best on one or two lines of five or six characters.
        float amountMinimum = bold.getWidth("国有资本经营", size);
        float textMinimum = bold.getWidth("科目编码", size);
        for (int c = 0; c < columns; c++) {
            float cap = amounts[c] ? Float.MAX_VALUE : TEXT_COLUMN_CAP * availableWidth;
            float minimum = amounts[c] ? amountMinimum : textMinimum;
            widths[c] = Math.max(minimum, Math.min(widths[c], cap)) + 2 * PADDING + 2;
        }
        return widths;
    }

    private static Cell bordered(Cell cell) {
        return cell.setBorder(new SolidBorder(BookletStyle.RULE, 0.5f)).setPadding(PADDING).setPaddingTop(2f)
                .setPaddingBottom(2f);
    }

    private static Paragraph cellText(String text) {
        return new Paragraph(text).setMargin(0).setMultipliedLeading(1.15f);
    }
}
