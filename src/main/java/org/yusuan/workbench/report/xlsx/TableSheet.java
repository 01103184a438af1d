package org.yusuan.workbench.report.xlsx;

import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.calc.table.HeaderCell;
import org.yusuan.workbench.calc.table.RowKind;
import org.yusuan.workbench.calc.table.TableRow;
import org.yusuan.workbench.domain.money.PlotNumbers;
import org.yusuan.workbench.report.PrintedWidth;

/**
 * One table on one sheet: label, title, 部门名称 and 单位 rows, the header with its merged regions,
 * then the rows — amounts as real numbers, blank where the booklet is blank.
 */
final class TableSheet {

    private static final Set<RowKind> BOLD = Set.of(RowKind.TOTAL, RowKind.CLASS, RowKind.GROUP, RowKind.DEPARTMENT,
            RowKind.UNIT);
    private static final int FIRST_HEADER_ROW = 3;
    /** Widest a text column grows, in characters; longer names wrap. */
    private static final int MAX_TEXT_WIDTH = 60;

    private final Sheet sheet;
    private final SheetStyles styles;
    private final DisclosureTable table;
    private final int columns;
    private final String departmentLine;

    TableSheet(Sheet sheet, SheetStyles styles, DisclosureTable table, String departmentLine) {
        this.departmentLine = departmentLine;
        this.sheet = sheet;
        this.styles = styles;
        this.table = table;
        this.columns = table.columnCount();
    }

    void fill() {
        text(row(0), 0, "预算公开表" + table.number(), styles.label);
        text(row(1), 0, table.title(), styles.title);
        merge(1, 1, 0, columns - 1);
        Row department = row(2);
        text(department, 0, departmentLine.replace("{department}", table.departmentName()), styles.label);
        text(department, columns - 1, DisclosureTable.UNIT_LINE, styles.unit);
        int next = header();
        for (TableRow tableRow : table.rows()) {
            body(row(next++), tableRow);
        }
        if (table.note().isPresent()) {
            text(row(next), 0, table.note().get(), styles.label);
        }
        widths();
        printSetup(next - 1);
    }

    /** The header rows with the booklet's spans; returns the first row after the header. */
    private int header() {
        int headerRows = table.header().size();
        boolean[][] taken = new boolean[headerRows][columns];
        for (int r = 0; r < headerRows; r++) {
            int c = 0;
            for (HeaderCell cell : table.header().get(r)) {
                while (c < columns && taken[r][c]) {
                    c++;
                }
                int lastRow = Math.min(headerRows - 1, r + cell.rowSpan() - 1);
                int lastColumn = Math.min(columns - 1, c + cell.columnSpan() - 1);
                for (int rr = r; rr <= lastRow; rr++) {
                    for (int cc = c; cc <= lastColumn; cc++) {
                        taken[rr][cc] = true;
                        // Every cell of a merged region gets the style, or its borders go missing.
                        text(row(FIRST_HEADER_ROW + rr), cc, rr == r && cc == c ? cell.text() : "", styles.header);
                    }
                }
                if (lastRow > r || lastColumn > c) {
                    merge(FIRST_HEADER_ROW + r, FIRST_HEADER_ROW + lastRow, c, lastColumn);
                }
                c = lastColumn + 1;
            }
        }
        return FIRST_HEADER_ROW + headerRows;
    }

    private void body(Row row, TableRow tableRow) {
        boolean bold = BOLD.contains(tableRow.kind());
        for (int c = 0; c < columns; c++) {
            var source = c < tableRow.cells().size() ? tableRow.cell(c)
                    : org.yusuan.workbench.calc.table.Cell.blank();
            if (source instanceof org.yusuan.workbench.calc.table.Cell.Amount amount) {
                Cell cell = row.createCell(c);
                cell.setCellStyle(bold ? styles.boldAmount : styles.amount);
                if (!amount.isBlank()) {
                    cell.setCellValue(PlotNumbers.of(amount.value()));
                }
            } else {
                text(row, c, source.printed(), bold ? styles.boldText : styles.text);
            }
        }
    }

    private void widths() {
        int[] chars = new int[columns];
        for (TableRow row : table.rows()) {
            for (int c = 0; c < Math.min(columns, row.cells().size()); c++) {
                chars[c] = Math.max(chars[c], displayWidth(row.cell(c).printed()));
            }
        }
        for (int c = 0; c < columns; c++) {
            int width = Math.min(MAX_TEXT_WIDTH, Math.max(12, chars[c] + 2));
            sheet.setColumnWidth(c, width * 256);
        }
    }

    private void printSetup(int lastRow) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(PrintedWidth.isWide(table));
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
        sheet.setRepeatingRows(new CellRangeAddress(FIRST_HEADER_ROW, FIRST_HEADER_ROW + table.header().size() - 1,
                -1, -1));
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, columns - 1, 0,
                Math.max(lastRow, FIRST_HEADER_ROW));
    }

    private Row row(int index) {
        Row row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.getCell(column);
        if (cell == null) {
            cell = row.createCell(column);
        }
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
    }

    /** CJK characters are about two columns wide in a spreadsheet's default font. */
    private static int displayWidth(String text) {
        return text.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
    }

}
