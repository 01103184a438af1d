package org.yusuan.workbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.workbench.domain.budget.BasicExpenditureLine;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.ExpenseKind;
import org.yusuan.workbench.domain.budget.FundYear;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.store.BudgetDatabase;

/** The shipped sample, created in a real budget file and read back from it. */
class SampleBudgetTest {

    @TempDir
    static Path dir;

    static Budget budget;
    static BudgetSummary summary;

    @BeforeAll
    static void createSample() {
        try (BudgetDatabase db = BudgetDatabase.open(dir.resolve("sample"))) {
            SampleBudget.createIn(db);
        }
        try (BudgetDatabase db = BudgetDatabase.open(dir.resolve("sample"))) {
            budget = db.budgets().load().orElseThrow();
        }
        summary = BudgetSummary.of(budget);
    }

    @Test
    void holdsTheSampleDepartment() {
        assertThat(budget.department().code()).isEqualTo("012");
        assertThat(budget.department().name()).isEqualTo("长治市公安局上党分局");
        assertThat(budget.department().budgetYear()).isEqualTo(2023);
    }

    @Test
    void countsWhatWasEntered() {
        assertThat(summary.units()).isEqualTo(3);
        assertThat(budget.units()).extracting(u -> u.code()).containsExactly("012001", "012002", "012003");
        assertThat(summary.basicLines()).isEqualTo(38);
        assertThat(summary.projects()).isEqualTo(29);
        assertThat(summary.currentProjects()).isEqualTo(23);
        assertThat(summary.carriedOverProjects()).isEqualTo(6);
        assertThat(summary.projectLines()).isEqualTo(33);
        assertThat(summary.forms()).isEqualTo(28);
        assertThat(summary.indicators()).isEqualTo(283);
    }

    @Test
    void totalsAreExactInYuanAndRoundPerCellInWanYuan() {
        assertThat(summary.currentYearTotal()).isEqualTo(Yuan.parse("93,675,950.23"));
        assertThat(summary.carriedOverTotal()).isEqualTo(Yuan.parse("5,224,468.60"));
        assertThat(summary.grandTotal()).isEqualTo(Yuan.parse("98,900,418.83"));
        assertThat(summary.basicCurrent()).isEqualTo(Yuan.parse("44,953,388.00"));
        assertThat(summary.basicCarriedOver()).isEqualTo(Yuan.ZERO);

        assertThat(summary.currentYearTotal().toWanYuan().grouped()).isEqualTo("9,367.60");
        assertThat(summary.carriedOverTotal().toWanYuan().grouped()).isEqualTo("522.45");
        assertThat(summary.grandTotal().toWanYuan().grouped()).isEqualTo("9,890.04");
        assertThat(budget.grandTotal()).isEqualTo(summary.grandTotal());
        assertThat(budget.total(FundYear.CURRENT)).isEqualTo(summary.currentYearTotal());
    }

    @Test
    void reliefLineIsPublicFundsByOverride() {
        BasicExpenditureLine relief = budget.basicLines().stream()
                .filter(l -> l.departmentalEconomicCode().equals("30306")).findFirst().orElseThrow();

        assertThat(ExpenseKind.defaultFor("30306")).isEqualTo(ExpenseKind.PERSONNEL);
        assertThat(relief.expenseKindOverride()).isEqualTo(ExpenseKind.PUBLIC);
        assertThat(relief.expenseKind()).isEqualTo(ExpenseKind.PUBLIC);
        assertThat(relief.amount()).isEqualTo(Yuan.parse("20000.00"));
        // No other line overrides its kind.
        assertThat(budget.basicLines()).filteredOn(l -> l.expenseKindOverride() != null).containsExactly(relief);
    }

    @Test
    void institutionWagesOnAnAdministrativeUnitKeepTheirGovernmentOverride() {
        BasicExpenditureLine line = budget.basicLines().stream()
                .filter(l -> l.unitCode().equals("012001") && l.functionCode().equals("2040250")
                        && l.departmentalEconomicCode().equals("30101"))
                .findFirst().orElseThrow();

        assertThat(line.governmentOverride()).contains("50501");
        assertThat(line.amount()).isEqualTo(Yuan.parse("2506100.00"));
        // Where the 行政 mapping already gives the code, nothing is stored as an override.
        BasicExpenditureLine mapped = budget.basicLines().stream()
                .filter(l -> l.functionCode().equals("2040201") && l.departmentalEconomicCode().equals("30101"))
                .findFirst().orElseThrow();
        assertThat(mapped.governmentOverride()).isEmpty();
    }

    @Test
    void motorcyclePurchaseHasOneLineOnVehiclePurchase() {
        Project project = budget.projects().stream().filter(p -> p.name().equals("购置警用摩托车"))
                .findFirst().orElseThrow();

        assertThat(project.unitCode()).isEqualTo("012002");
        assertThat(project.lines()).hasSize(1);
        assertThat(project.lines().get(0).economicCode()).contains("31013");
        assertThat(project.total()).isEqualTo(Yuan.parse("300000.00"));
        assertThat(project.procurement().goods()).isEqualTo(Yuan.parse("300000.00"));
    }
}
