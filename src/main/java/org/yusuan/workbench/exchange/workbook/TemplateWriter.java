package org.yusuan.workbench.exchange.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the empty base-data workbook an accountant fills in Excel or WPS: a 说明 sheet, then one
 * sheet per kind of record with its headers (required ones highlighted), a comment on each header
 * saying what to type, text-formatted code columns (so 012001 keeps its zeros), 元 columns as
 * {@code #,##0.00} and drop-downs for the columns with fixed choices.
 */
public final class TemplateWriter {

    /** Rows prepared with formats and drop-downs. */
    private static final int PREPARED_ROWS = 2000;

    private TemplateWriter() {
    }

    public static void write(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Styles styles = new Styles(workbook);
            writeGuide(workbook, styles);
            for (SheetSpec spec : BaseDataLayout.SHEETS) {
                writeSheet(workbook, styles, spec);
            }
            workbook.write(out);
        }
    }

    private static void writeGuide(XSSFWorkbook workbook, Styles styles) {
        Sheet guide = workbook.createSheet("说明");
        int r = 0;
        guide.createRow(r++).createCell(0).setCellValue("预算编制工作台 · 基础数据工作簿");
        guide.getRow(0).getCell(0).setCellStyle(styles.required);
        guide.createRow(r++).createCell(0).setCellValue(
                "金额单位为元，最多两位小数；科目编码按当年《政府收支分类科目》填写；标黄的列为必填。导入时逐行检查，有任何错误则不导入。");
        r++;
        Row head = guide.createRow(r++);
        String[] titles = {"工作表", "列", "必填", "说明"};
        for (int c = 0; c < titles.length; c++) {
            head.createCell(c).setCellValue(titles[c]);
            head.getCell(c).setCellStyle(styles.optional);
        }
        for (SheetSpec spec : BaseDataLayout.SHEETS) {
            Row sheetRow = guide.createRow(r++);
            sheetRow.createCell(0).setCellValue(spec.name());
            sheetRow.createCell(3).setCellValue(spec.purpose());
            for (ColumnSpec column : spec.columns()) {
                Row row = guide.createRow(r++);
                row.createCell(1).setCellValue(column.header());
                row.createCell(2).setCellValue(column.required() ? "是" : "");
                row.createCell(3).setCellValue(column.hint());
            }
        }
        guide.setColumnWidth(0, 14 * 256);
        guide.setColumnWidth(1, 26 * 256);
        guide.setColumnWidth(2, 6 * 256);
        guide.setColumnWidth(3, 90 * 256);
    }

    private static void writeSheet(XSSFWorkbook workbook, Styles styles, SheetSpec spec) {
        Sheet sheet = workbook.createSheet(spec.name());
        Row header = sheet.createRow(0);
        var drawing = sheet.createDrawingPatriarch();
        DataValidationHelper validations = sheet.getDataValidationHelper();
        for (int c = 0; c < spec.columns().size(); c++) {
            ColumnSpec column = spec.columns().get(c);
            var cell = header.createCell(c);
            cell.setCellValue(column.header());
            cell.setCellStyle(column.required() ? styles.required : styles.optional);
            sheet.setColumnWidth(c, Math.min(60, Math.max(12, column.header().length() * 2 + 4)) * 256);
            if (!column.hint().isEmpty()) {
                ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
                anchor.setCol1(c);
                anchor.setCol2(c + 3);
                anchor.setRow1(0);
                anchor.setRow2(4);
                Comment comment = drawing.createCellComment(anchor);
                comment.setString(workbook.getCreationHelper().createRichTextString(column.hint()));
                cell.setCellComment(comment);
            }
            CellStyle format = switch (column.kind()) {
                case CODE, TEXT, CHOICE -> styles.text;
                case AMOUNT, DECIMAL -> styles.amount;
                case INTEGER -> null;
            };
            if (format != null) {
                sheet.setDefaultColumnStyle(c, format);
            }
            if (!column.choices().isEmpty()) {
                var constraint = validations.createExplicitListConstraint(column.choices().toArray(String[]::new));
                DataValidation validation = validations.createValidation(constraint,
                        new CellRangeAddressList(1, Math.min(PREPARED_ROWS, SpreadsheetVersion.EXCEL2007.getLastRowIndex()), c, c));
                validation.setShowErrorBox(true);
                validation.createErrorBox("输入无效", "请从下拉列表中选择：" + String.join("、", column.choices()));
                sheet.addValidationData(validation);
            }
        }
        sheet.createFreezePane(0, 1);
    }

    /** The few cell styles of the template. */
    private static final class Styles {
        final CellStyle required;
        final CellStyle optional;
        final CellStyle text;
        final CellStyle amount;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            required = header(workbook, bold, IndexedColors.LIGHT_YELLOW);
            optional = header(workbook, bold, IndexedColors.GREY_25_PERCENT);
            text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            amount = workbook.createCellStyle();
            amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
        }

        private static CellStyle header(XSSFWorkbook workbook, Font font, IndexedColors fill) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setFillForegroundColor(fill.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            style.setBorderBottom(BorderStyle.THIN);
            style.setWrapText(true);
            return style;
        }
    }
}
