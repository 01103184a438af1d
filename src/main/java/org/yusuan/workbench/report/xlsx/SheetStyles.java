package org.yusuan.workbench.report.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The workbook's cell styles, created once (a workbook allows only so many distinct styles). */
final class SheetStyles {

    /** Thousands separators and two decimals: 万元 as the narrative prints them. */
    static final String AMOUNT_FORMAT = "#,##0.00";
    static final String FONT_NAME = "宋体";

    final CellStyle title;
    final CellStyle label;
    final CellStyle unit;
    final CellStyle header;
    final CellStyle text;
    final CellStyle boldText;
    final CellStyle amount;
    final CellStyle boldAmount;

    SheetStyles(Workbook workbook) {
        Font regular = font(workbook, false, 10);
        Font bold = font(workbook, true, 10);
        title = workbook.createCellStyle();
        title.setFont(font(workbook, true, 14));
        title.setAlignment(HorizontalAlignment.CENTER);
        label = workbook.createCellStyle();
        label.setFont(regular);
        unit = workbook.createCellStyle();
        unit.setFont(regular);
        unit.setAlignment(HorizontalAlignment.RIGHT);
        header = bordered(workbook, bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = bordered(workbook, regular);
        text.setWrapText(true);
        boldText = bordered(workbook, bold);
        boldText.setWrapText(true);
        short format = workbook.createDataFormat().getFormat(AMOUNT_FORMAT);
        amount = bordered(workbook, regular);
        amount.setDataFormat(format);
        amount.setAlignment(HorizontalAlignment.RIGHT);
        boldAmount = bordered(workbook, bold);
        boldAmount.setDataFormat(format);
        boldAmount.setAlignment(HorizontalAlignment.RIGHT);
    }

    private static Font font(Workbook workbook, boolean bold, int points) {
        Font font = workbook.createFont();
        font.setFontName(FONT_NAME);
        font.setBold(bold);
        font.setFontHeightInPoints((short) points);
        return font;
    }

    private static CellStyle bordered(Workbook workbook, Font font) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }
}
