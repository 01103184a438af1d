package org.yusuan.workbench.report.forms;

import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import org.yusuan.workbench.report.pdf.PdfFonts;

/**
 * The cells of the form grid, in one style at one scale. Every table of a form has the same eight
 * columns (see {@link #COLUMNS}), so the header block, the indicator table and their borders line
 * up exactly although they are separate tables (separate so that only the indicator heading repeats
 * on a continuation page). The scale shrinks type, padding and row height together, so that a long
 * form can be fitted on its page (see {@link PerformanceFormLayout}).
 */
final class FormCells {

    /**
     * Column widths in points, 539 in all (A4 less 28 pt margins; other widths scale): the 绩效指标
     * label (one character per line), 一级, then for each period 二级 | 三级 | 指标值. Header labels
     * span the first two columns; amounts sit in the 指标值 columns. Sized with the font's real
     * advances at full scale, padding and border included: 二级 holds 可持续影响指标, 三级 eleven
     * characters and 指标值 {@code ≤4466891.28元} on one line, the label column 主管部门及代码.
     */
    static final float[] COLUMNS = {16, 54, 67, 101, 66.5f, 67, 101, 66.5f};
    /** iText's default cell border. */
    static final float BORDER_WIDTH = 0.5f;
    private static final float FONT_SIZE = 9f;
    /** A little smaller in the indicator table, whose columns are narrow. */
    private static final float INDICATOR_FONT_SIZE = 8.5f;
    private static final float MIN_ROW_HEIGHT = 13f;
    private static final float PADDING = 2f;
    private static final float PADDING_VERTICAL = 1f;

    private final PdfFonts fonts;
    private final float scale;

    FormCells(PdfFonts fonts, float scale) {
        this.fonts = fonts;
        this.scale = scale;
    }

    PdfFonts fonts() {
        return fonts;
    }

    float scale() {
        return scale;
    }

    /** The grid above the indicators. */
    Table headerTable() {
        return table(FONT_SIZE * scale);
    }

    Table indicatorTable() {
        return table(INDICATOR_FONT_SIZE * scale);
    }

    /** Left padding of the funds lines under 「其中：」, so they read as its sub-lines. */
    float subLineIndent() {
        return 3 * FONT_SIZE * scale + PADDING * scale;
    }

    /**
     * Fixed layout: the columns are the given shares of the width whatever the cells hold, so iText
     * need not measure every cell's smallest and largest width first (a third of a form's layout time).
     */
    private Table table(float fontSize) {
        Table table = new Table(UnitValue.createPercentArray(COLUMNS)).useAllAvailableWidth().setFixedLayout();
        table.setFont(fonts.regular()).setFontSize(fontSize).setMargin(0);
        return table;
    }

    /** A centred label such as 项目名称. */
    Cell label(String text, int rowspan, int colspan) {
        return cell(text, rowspan, colspan).setTextAlignment(TextAlignment.CENTER);
    }

    /** A bold centred column heading of the indicator table. */
    Cell heading(String text, int rowspan, int colspan) {
        return label(text, rowspan, colspan).setFont(fonts.bold());
    }

    /** Entered text, left-aligned; wraps inside its cell. */
    Cell text(String text, int rowspan, int colspan) {
        return cell(text, rowspan, colspan).setTextAlignment(TextAlignment.LEFT);
    }

    /** An amount, right-aligned so the digits line up. */
    Cell amount(String formatted) {
        return cell(formatted, 1, 1).setTextAlignment(TextAlignment.RIGHT);
    }

    /** Text without borders, for the signature line under the grid. */
    Cell plain(String text, TextAlignment alignment) {
        return cell(text, 1, 1).setBorder(Border.NO_BORDER).setTextAlignment(alignment);
    }

    private Cell cell(String text, int rowspan, int colspan) {
        Paragraph paragraph = new Paragraph(text == null ? "" : text).setMargin(0).setMultipliedLeading(1.15f);
        // Kept together: a row split across pages would leave half a sentence on each.
        return new Cell(rowspan, colspan).add(paragraph).setMinHeight(MIN_ROW_HEIGHT * scale).setKeepTogether(true)
                .setVerticalAlignment(VerticalAlignment.MIDDLE)
                .setPaddingLeft(PADDING * scale).setPaddingRight(PADDING * scale)
                .setPaddingTop(PADDING_VERTICAL * scale).setPaddingBottom(PADDING_VERTICAL * scale);
    }
}
