package org.yusuan.workbench.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yusuan.workbench.calc.DisclosureTables;
import org.yusuan.workbench.calc.SampleFixture;
import org.yusuan.workbench.exchange.sheet.SheetRow;
import org.yusuan.workbench.report.PublishedCells;

/** The tables workbook read back with POI: every published amount a real number, headers merged. */
class TablesWorkbookTest {

    private static Workbook workbook;

    @BeforeAll
    static void write() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TablesWorkbook.write(DisclosureTables.derive(SampleFixture.budget(), SampleFixture.CHART), out);
        workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void oneSheetPerTableNamedAsInTheBooklet() {
        assertThat(IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 13).mapToObj(n -> "表" + n).toList());
        Sheet first = workbook.getSheet("表1");
        assertThat(text(first, 0, 0)).isEqualTo("预算公开表1");
        assertThat(text(first, 1, 0)).isEqualTo("2023年预算收支总表");
        assertThat(text(first, 2, 0)).isEqualTo("部门名称：长治市公安局上党分局");
        assertThat(text(first, 2, 5)).isEqualTo("单位：万元");
    }

    @Test
    void everyPublishedAmountIsANumberWithTheAmountFormat() {
        int checked = 0;
        for (PublishedCells.Published cell : PublishedCells.all()) {
            if (!cell.isAmount()) {
                continue;
            }
            BigDecimal expected = new BigDecimal(cell.value());
            List<Cell> numeric = numericCells(workbook.getSheet("表" + cell.table()));
            assertThat(numeric).as("表%d %s %s", cell.table(), cell.column(), cell.value())
                    .anySatisfy(c -> assertThat(BigDecimal.valueOf(c.getNumericCellValue())
                            .setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo(expected));
            checked++;
        }
        assertThat(checked).isGreaterThan(300);
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            assertThat(numericCells(workbook.getSheetAt(i)))
                    .allSatisfy(c -> assertThat(c.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00"));
        }
    }

    @Test
    void blankWhereTheBookletIsBlank() {
        // Table 3, 2040201 行政运行: basic 3171.61, no project expenditure.
        Sheet sheet = workbook.getSheet("表3");
        SheetRow golden = PublishedCells.rows("t03_expenditure.csv").stream()
                .filter(r -> "2040201".equals(r.get("code"))).findFirst().orElseThrow();
        assertThat(golden.get("project")).isNullOrEmpty();
        Row row = rowWithText(sheet, "2040201");
        assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(3171.61);
        assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.BLANK);
        assertThat(row.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
    }

    @Test
    void headersAreMergedAsPrintedAndRepeatOnEveryPrintedPage() {
        Sheet sheet = workbook.getSheet("表2");
        // 项目 over 科目编码 + 科目名称; 本年收入 over six columns; 上年结转 over two header rows.
        assertThat(sheet.getMergedRegions()).extracting(r -> r.formatAsString())
                .contains("A4:B4", "C4:H4", "I4:I5");
        assertThat(sheet.getRepeatingRows().getFirstRow()).isEqualTo(3);
        assertThat(sheet.getRepeatingRows().getLastRow()).isEqualTo(4);
        assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(workbook.getSheet("表1").getPrintSetup().getLandscape()).isFalse();
    }

    private static List<Cell> numericCells(Sheet sheet) {
        List<Cell> cells = new ArrayList<>();
        sheet.forEach(row -> row.forEach(c -> {
            if (c.getCellType() == CellType.NUMERIC) {
                cells.add(c);
            }
        }));
        return cells;
    }

    private static Row rowWithText(Sheet sheet, String text) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && text.equals(new DataFormatter().formatCellValue(row.getCell(0)))) {
                return row;
            }
        }
        throw new AssertionError("no row " + text);
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }
}
