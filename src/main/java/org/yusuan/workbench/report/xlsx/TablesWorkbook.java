package org.yusuan.workbench.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.yusuan.workbench.calc.table.DisclosureTable;

/**
 * The 13 disclosure tables as one workbook, a sheet per table (表1 … 表13), laid out and set up for
 * printing like the booklet's pages: for the finance bureau's templates and for anyone who wants
 * to check a figure in a spreadsheet.
 */
public final class TablesWorkbook {

    private TablesWorkbook() {
    }

    /** The line above each table naming the department, as the shipped 部门预算 wording says it. */
    public static final String DEPARTMENT_LINE = "部门名称：{department}";

    public static void write(List<DisclosureTable> tables, OutputStream out) throws IOException {
        write(tables, DEPARTMENT_LINE, out);
    }

    /**
     * The tables with {@code departmentLine} ({@code {department}} filled in) above each: the file's
     * wording, e.g. 单位名称：{department} for a single unit.
     */
    public static void write(List<DisclosureTable> tables, String departmentLine, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SheetStyles styles = new SheetStyles(workbook);
            for (DisclosureTable table : tables) {
                new TableSheet(workbook.createSheet(sheetName(table)), styles, table, departmentLine).fill();
            }
            workbook.write(out);
        }
    }

    public static String sheetName(DisclosureTable table) {
        return "表" + table.number();
    }
}
