package org.yusuan.workbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;
import org.yusuan.workbench.domain.input.ImportProblem;
import org.yusuan.workbench.exchange.sheet.XlsxWorkbook;
import org.yusuan.workbench.store.BudgetDatabase;
import org.yusuan.workbench.testsupport.Cli;
import org.yusuan.workbench.testsupport.SampleWorkbook;

/**
 * A workbook with six different faults, imported over a budget file that already holds the
 * sample: every fault is reported with its place, and the file is left exactly as it was.
 */
class WorkbookImportRefusalTest {

    private static final String BASIC = "基本支出";
    private static final String PROJECTS = "项目";
    private static final String PROJECT_LINES = "项目明细";
    private static final String AMOUNT = "金额（元）";

    @TempDir
    Path dir;

    private Path dbFile;
    private Path book;
    private Budget before;
    private ChartOfAccounts catalogBefore;
    private int duplicateRow;
    private int blankNameRow;

    @BeforeEach
    void sampleFileAndFaultyWorkbook() {
        dbFile = dir.resolve("budget.mv.db");
        try (BudgetDatabase db = BudgetDatabase.open(dbFile)) {
            SampleBudget.createIn(db);
            before = db.budgets().load().orElseThrow();
            catalogBefore = db.catalog().load();
        }

        SampleWorkbook workbook = SampleWorkbook.sample();
        assertThat(workbook.get(BASIC, 2, AMOUNT)).isEqualTo("8037500.00");
        workbook.set(BASIC, 2, AMOUNT, "8037500.125");
        workbook.set(BASIC, 5, "单位编码", "012009");
        duplicateRow = workbook.appendCopyOf(BASIC, 10);
        blankNameRow = workbook.findRow(PROJECTS, "项目编码", "012001-004");
        workbook.set(PROJECTS, blankNameRow, "项目名称", "");
        assertThat(workbook.get(PROJECT_LINES, 3, "项目编码")).isEqualTo("012001-002");
        workbook.set(PROJECT_LINES, 3, AMOUNT, "-2500000.00");
        assertThat(workbook.get(PROJECT_LINES, 4, "项目编码")).isEqualTo("012001-003");
        workbook.set(PROJECT_LINES, 4, "功能科目编码", "2049998");
        book = workbook.writeXlsx(dir.resolve("基础数据.xlsx"));
    }

    @Test
    void reportsEveryProblemWithItsPlaceAndStoresNothing() throws IOException {
        List<ImportProblem> problems;
        try (BudgetDatabase db = BudgetDatabase.open(dbFile)) {
            problems = WorkbookImport.run(db, XlsxWorkbook.read(book));
        }

        assertThat(duplicateRow).isEqualTo(40);
        assertThat(problems)
                .extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::column)
                .containsExactly(
                        tuple(BASIC, 2, AMOUNT),
                        tuple(BASIC, 5, "单位编码"),
                        tuple(BASIC, 40, null),
                        tuple(PROJECTS, blankNameRow, "项目名称"),
                        tuple(PROJECT_LINES, 3, AMOUNT),
                        tuple(PROJECT_LINES, 4, "功能科目编码"));
        assertThat(problems.get(0).reason()).contains("两位小数", "8037500.125");
        assertThat(problems.get(1).reason()).contains("012009", "不在「单位」工作表中");
        assertThat(problems.get(2).reason()).contains("与第 10 行完全相同", "重复");
        assertThat(problems.get(3).reason()).contains("必填", "不能为空");
        assertThat(problems.get(4).reason()).contains("不能为负数", "-2500000");
        assertThat(problems.get(5).reason()).contains("2049998", "不在本预算的支出功能分类科目目录中");
        assertThat(problems.get(0).message()).isEqualTo(
                "工作表「基本支出」第 2 行「金额（元）」：金额最多保留两位小数（到分）：「8037500.125」");

        assertUnchanged();
    }

    @Test
    void commandLineListsEveryProblemAndExitsWithOne() throws IOException {
        List<ImportProblem> expected;
        try (BudgetDatabase db = BudgetDatabase.open(dbFile)) {
            expected = WorkbookImport.run(db, XlsxWorkbook.read(book));
        }

        Cli.Run run = Cli.run("import", "--db", dbFile.toString(), book.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("工作簿「基础数据.xlsx」未导入：发现 6 处错误，预算文件没有任何改动。");
        assertThat(expected).hasSize(6);
        for (ImportProblem problem : expected) {
            assertThat(run.err()).contains("  " + problem.message());
        }
        assertThat(run.err()).contains("工作表「基本支出」第 5 行「单位编码」：", "工作表「基本支出」第 40 行：",
                "工作表「项目」第 " + blankNameRow + " 行「项目名称」：", "工作表「项目明细」第 3 行「金额（元）」：",
                "工作表「项目明细」第 4 行「功能科目编码」：");
        assertThat(run.out()).doesNotContain("已导入");
        assertUnchanged();
    }

    @Test
    void theSameWorkbookWithoutTheFaultsImports() throws IOException {
        Path good = SampleWorkbook.sample().writeXlsx(dir.resolve("good.xlsx"));

        try (BudgetDatabase db = BudgetDatabase.open(dbFile)) {
            assertThat(WorkbookImport.run(db, XlsxWorkbook.read(good))).isEmpty();
            Budget after = db.budgets().load().orElseThrow();
            assertThat(BudgetSummary.of(after)).isEqualTo(BudgetSummary.of(before));
            // Replaced, not left alone: the database assigned new ids.
            assertThat(after.basicLines().get(0).id()).isNotEqualTo(before.basicLines().get(0).id());
        }
    }

    private void assertUnchanged() {
        try (BudgetDatabase db = BudgetDatabase.open(dbFile)) {
            Budget after = db.budgets().load().orElseThrow();
            assertThat(after).isEqualTo(before);
            assertThat(BudgetSummary.of(after)).isEqualTo(BudgetSummary.of(before));
            assertThat(db.catalog().load().allEntries()).isEqualTo(catalogBefore.allEntries());
            assertThat(db.catalog().load().mappings()).isEqualTo(catalogBefore.mappings());
        }
    }
}
