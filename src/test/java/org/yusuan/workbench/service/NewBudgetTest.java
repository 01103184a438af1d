package org.yusuan.workbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.workbench.domain.budget.UnitType;
import org.yusuan.workbench.domain.input.ImportProblem;
import org.yusuan.workbench.store.BudgetDatabase;

/** 新建预算: a department and its 本级 unit, checked like an import, with the year's catalog. */
class NewBudgetTest {

    @TempDir
    Path dir;

    @Test
    void aNewBudgetHasItsDepartmentUnitAndCatalogAndNothingElse() {
        try (BudgetDatabase db = BudgetDatabase.open(dir.resolve("new.mv.db"))) {
            List<ImportProblem> problems = NewBudget.create(db,
                    new NewBudget.Start("105", "某市教育局", "2024", "105001", "某市教育局", "行政单位"));
            assertThat(problems).isEmpty();
            var budget = db.budgets().load().orElseThrow();
            assertThat(budget.department().name()).isEqualTo("某市教育局");
            assertThat(budget.department().budgetYear()).isEqualTo(2024);
            assertThat(budget.units()).singleElement().satisfies(u -> assertThat(u.type()).isEqualTo(UnitType.ADMINISTRATIVE));
            assertThat(budget.basicLines()).isEmpty();
            assertThat(db.catalog().isEmpty()).isFalse();
            assertThat(tablesOf(db)).hasSize(13);
        }
    }

    @Test
    void badFactsAreRefusedNamingTheFieldAndNothingIsStored() {
        try (BudgetDatabase db = BudgetDatabase.open(dir.resolve("bad.mv.db"))) {
            List<ImportProblem> problems = NewBudget.create(db, new NewBudget.Start("105", "", "20x4", "", "某单位", "国企"));
            assertThat(problems).extracting(ImportProblem::column).contains("部门名称", "预算年度", "单位编码", "单位类型");
            assertThat(db.budgets().load()).isEmpty();
        }
    }

    @Test
    void aFileThatAlreadyHoldsABudgetIsNotOverwritten() {
        try (BudgetDatabase db = BudgetDatabase.open(dir.resolve("sample.mv.db"))) {
            SampleBudget.createIn(db);
            assertThat(NewBudget.create(db, new NewBudget.Start("1", "甲", "2024", "1", "甲", "行政单位")))
                    .singleElement().satisfies(p -> assertThat(p.reason()).contains("已有预算"));
            assertThat(db.budgets().load().orElseThrow().department().name()).isEqualTo("长治市公安局上党分局");
        }
    }

    private static List<?> tablesOf(BudgetDatabase db) {
        return BudgetTables.derive(db).orElseThrow();
    }
}
