package org.yusuan.workbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.store.BudgetDatabase;
import org.yusuan.workbench.testsupport.Cli;
import org.yusuan.workbench.testsupport.SampleWorkbook;
import org.yusuan.workbench.testsupport.XlsxParts;

/**
 * Issue #15, the bad-input matrix: each workbook is the valid sample broken in one way, imported
 * through the real command line over a budget file holding the sample. Every one must be refused
 * (exit status 1, never 4) with a Chinese sentence that names the place and the fault, and the
 * budget file must hold exactly what it held before.
 */
class BadWorkbookMatrixTest {

    @TempDir
    static Path shared;
    static Path sampleFile;
    static Budget sample;

    @BeforeAll
    static void sampleBudgetFile() {
        sampleFile = shared.resolve("sample.mv.db");
        try (BudgetDatabase db = BudgetDatabase.open(sampleFile)) {
            SampleBudget.createIn(db);
            sample = db.budgets().load().orElseThrow();
        }
    }

    /** One bad input: how to make it from a folder, and what the refusal must say. */
    record Case(String name, Function<Path, Path> make, List<String> expected) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(MatrixCases.sheets(), MatrixCases.packages(), MatrixCases.cells(), MatrixCases.texts(),
                        MatrixCases.csvFolders())
                .flatMap(List::stream).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedInChineseWithItsPlaceAndLeavesTheBudgetUnchanged(Case bad, @TempDir Path dir) throws IOException {
        Path db = dir.resolve("budget.mv.db");
        Files.copy(sampleFile, db);
        Path book = bad.make().apply(dir);

        long start = System.nanoTime();
        Cli.Run run = Cli.run("import", "--db", db.toString(), book.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(run.status()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).as(run.err()).contains(bad.expected())
                .contains("未导入").doesNotContain("Exception", "\tat ", "内部错误");
        assertThat(run.out()).doesNotContain("已导入");
        assertThat(millis).as("seconds to refuse").isLessThan(30_000);
        try (BudgetDatabase reopened = BudgetDatabase.open(db)) {
            assertThat(reopened.budgets().load()).contains(sample);
        }
    }

    // ---- helpers the case lists share ----

    static Path xlsx(Path dir, SampleWorkbook book) {
        return book.writeXlsx(dir.resolve("book.xlsx"));
    }

    static Path xlsx(Path dir, SampleWorkbook book, java.util.function.Consumer<XSSFWorkbook> adjust) {
        return book.writeXlsx(dir.resolve("book.xlsx"), adjust);
    }

    /** The sample written out, then its parts edited. */
    static Path parts(Path dir, java.util.function.UnaryOperator<XlsxParts> edit) {
        Path valid = SampleWorkbook.sample().writeXlsx(dir.resolve("valid.xlsx"));
        return edit.apply(XlsxParts.of(valid)).write(dir.resolve("book.xlsx"));
    }

    /** Excel's name of a cell of the sample, e.g. {@code F2} for 金额（元） in row 2 of 基本支出. */
    static String cell(String sheet, int excelRow, String column) {
        int c = SampleWorkbook.sample().headers(sheet).indexOf(column);
        return CellReference.convertNumToColString(c) + excelRow;
    }

    static int columnIndex(String sheet, String column) {
        return SampleWorkbook.sample().headers(sheet).indexOf(column);
    }

    static void formulaWithoutValue(XSSFWorkbook book, String sheet, int excelRow, String column) {
        var cell = book.getSheet(sheet).getRow(excelRow - 1).createCell(columnIndex(sheet, column));
        cell.setCellFormula("1+1");
    }

    static void errorValue(XSSFWorkbook book, String sheet, int excelRow, String column, FormulaError error) {
        book.getSheet(sheet).getRow(excelRow - 1).createCell(columnIndex(sheet, column)).setCellErrorValue(error);
    }

    static void merge(XSSFWorkbook book, String sheet, int firstRow, int lastRow, String column) {
        int c = columnIndex(sheet, column);
        var last = book.getSheet(sheet).getRow(lastRow - 1);
        if (last.getCell(c) != null) {
            last.removeCell(last.getCell(c));
        }
        book.getSheet(sheet).addMergedRegion(new CellRangeAddress(firstRow - 1, lastRow - 1, c, c));
    }
}
