package org.yusuan.workbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.input.ImportProblem;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.exchange.sheet.XlsxWorkbook;
import org.yusuan.workbench.store.BudgetDatabase;
import org.yusuan.workbench.testsupport.SampleWorkbook;

/**
 * 数量 and 单价 on basic and project lines, imported into a real budget file: optional columns; when
 * both are given the amount must be 数量 × 单价 to the 分.
 */
class LineQuantitiesImportTest {

    @TempDir
    Path dir;

    private static SampleWorkbook withQuantityColumns() {
        return SampleWorkbook.sample().addColumn("基本支出", "数量").addColumn("基本支出", "单价（元）")
                .addColumn("项目明细", "数量").addColumn("项目明细", "单价（元）");
    }

    @Test
    void threeTimes3333Is9999AndIsStoredWithItsQuantity() throws IOException {
        SampleWorkbook book = withQuantityColumns();
        book.set("项目明细", 2, "金额（元）", "99.99").set("项目明细", 2, "数量", "3").set("项目明细", 2, "单价（元）", "33.33");
        book.set("基本支出", 2, "数量", "12");
        Path file = dir.resolve("quantities.mv.db");
        try (BudgetDatabase db = BudgetDatabase.open(file)) {
            assertThat(WorkbookImport.run(db, XlsxWorkbook.read(book.writeXlsx(dir.resolve("q.xlsx"))))).isEmpty();
        }
        try (BudgetDatabase db = BudgetDatabase.open(file)) {
            Budget budget = db.budgets().load().orElseThrow();
            var line = budget.projects().get(0).lines().get(0);
            assertThat(line.amount()).isEqualTo(Yuan.parse("99.99"));
            assertThat(line.quantity()).isEqualByComparingTo("3");
            assertThat(line.unitPrice()).isEqualTo(Yuan.parse("33.33"));
            assertThat(budget.basicLines().get(0).quantity()).as("数量 alone: nothing to check").isEqualByComparingTo("12");
            assertThat(budget.basicLines().get(0).unitPrice()).isNull();
            assertThat(budget.basicLines().get(1).quantity()).isNull();
        }
    }

    @Test
    void anAmountThatIsNotQuantityTimesUnitPriceToTheFenIsRefusedNamingItsPlace() throws IOException {
        SampleWorkbook book = withQuantityColumns();
        String amount = book.get("基本支出", 3, "金额（元）");
        book.set("基本支出", 3, "数量", "3").set("基本支出", 3, "单价（元）", "33.33").set("基本支出", 3, "金额（元）", "100.00");
        Path file = dir.resolve("mismatch.mv.db");
        try (BudgetDatabase db = BudgetDatabase.open(file)) {
            List<ImportProblem> problems = WorkbookImport.run(db, XlsxWorkbook.read(book.writeXlsx(dir.resolve("m.xlsx"))));
            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.sheet()).isEqualTo("基本支出");
                assertThat(p.row()).isEqualTo(3);
                assertThat(p.column()).isEqualTo("金额（元）");
                assertThat(p.toString()).contains("基本支出", "第 3 行", "金额 100.00 元与数量×单价不符：3 × 33.33 元 = 99.99 元");
            });
            assertThat(db.budgets().load()).as("nothing stored").isEmpty();
        }
        assertThat(amount).isNotEqualTo("100.00");
    }

    @Test
    void aWorkbookWithoutTheColumnsStillImportsWithoutQuantities() throws IOException {
        Path file = dir.resolve("older.mv.db");
        try (BudgetDatabase db = BudgetDatabase.open(file)) {
            Path book = SampleWorkbook.sample().writeXlsx(dir.resolve("older.xlsx"));
            assertThat(SampleWorkbook.sample().headers("基本支出")).doesNotContain("数量");
            assertThat(WorkbookImport.run(db, XlsxWorkbook.read(book))).isEmpty();
            assertThat(db.budgets().load().orElseThrow().basicLines()).allSatisfy(l -> assertThat(l.quantity()).isNull());
        }
    }
}
