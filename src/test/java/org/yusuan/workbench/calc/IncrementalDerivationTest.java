package org.yusuan.workbench.calc;

import org.yusuan.workbench.calc.ledger.BudgetLedger;
import org.yusuan.workbench.calc.ledger.Postings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.calc.table.TableRow;
import org.yusuan.workbench.domain.budget.BasicExpenditureLine;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.FundingSource;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.budget.ProjectLine;
import org.yusuan.workbench.domain.money.Yuan;

/**
 * Tables kept current through single-posting edits ({@link BudgetLedger#remove} then
 * {@link BudgetLedger#add}) equal, table for table and cell for cell, the tables derived from scratch
 * from the edited budget — in particular tables 12 and 13, which patch only the edited projects' rows.
 */
class IncrementalDerivationTest {

    private Budget budget;
    private Postings postings;
    private BudgetLedger ledger;
    private DisclosureTables tables;

    @BeforeEach
    void derive() {
        budget = SampleFixture.budget();
        postings = new Postings(budget, SampleFixture.CHART);
        ledger = new BudgetLedger(budget, SampleFixture.CHART);
        tables = new DisclosureTables(ledger);
        tables.all();
    }

    @Test
    void aProjectLineEditPatchesTable12AndEqualsAFullDerivation() {
        List<TableRow> before = tables.table(12).rows();
        editProjectLine("012001-003", 0, line -> withAmount(line, line.amount().plus(Yuan.ofFen(123_45))));

        assertSameAsFullDerivation();
        List<TableRow> after = tables.table(12).rows();
        assertThat(after.get(1)).as("unit 012001 subtotal re-derived").isNotEqualTo(before.get(1));
        TableRow untouched = before.stream().filter(r -> r.code().equals("012002-001")).findFirst().orElseThrow();
        assertThat(after).as("rows of other projects are kept, not re-derived").anySatisfy(r -> assertThat(r).isSameAs(untouched));
    }

    @Test
    void aCarriedOverProjectEditEqualsAFullDerivation() {
        editProjectLine("012001-013", 0, line -> withAmount(line, line.amount().minus(Yuan.ofFen(1))));
        assertSameAsFullDerivation();
    }

    @Test
    void aProjectThatDropsToZeroLeavesTheTableWithItsUnitAndComesBack() {
        Project only = budget.project("012003-001").orElseThrow();
        assertThat(only.lines()).hasSize(1);
        Yuan amount = only.lines().get(0).amount();

        editProjectLine("012003-001", 0, line -> withAmount(line, Yuan.ZERO));
        assertSameAsFullDerivation();
        assertThat(tables.table(12).row("012003")).as("unit without projects left out").isEmpty();

        editProjectLine("012003-001", 0, line -> new ProjectLine(line.id(), line.functionCode(),
                line.departmentalEconomicCode(), FundingSource.UNIT_FUNDS, Yuan.ZERO, line.note()));
        assertSameAsFullDerivation(); // still hidden: no row to replace

        editProjectLine("012003-001", 0, line -> withAmount(line, amount));
        assertSameAsFullDerivation();
        assertThat(tables.table(12).row("012003")).isPresent();
    }

    @Test
    void aProjectLineMovedToAnotherSourceEqualsAFullDerivation() {
        editProjectLine("012002-006", 0, line -> new ProjectLine(line.id(), line.functionCode(),
                line.departmentalEconomicCode(), FundingSource.UNIT_FUNDS, line.amount(), line.note()));
        assertSameAsFullDerivation();
    }

    @Test
    void aBasicLineEditEqualsAFullDerivation() {
        editBasicLine(3, line -> withAmount(line, line.amount().plus(Yuan.ofFen(99))));
        assertSameAsFullDerivation();
    }

    @Test
    void moreEditsBetweenReadsThanTheLedgerRemembersFallBackToAFullDerivation() {
        Yuan original = budget.project("012001-001").orElseThrow().lines().get(0).amount();
        for (int i = 0; i <= BudgetLedger.JOURNAL_LIMIT + 1; i++) {
            Yuan next = original.plus(Yuan.ofFen(i + 1));
            editProjectLine("012001-001", 0, line -> withAmount(line, next));
        }
        assertSameAsFullDerivation();
    }

    @Test
    void aRenamedProjectIsARestructureAndEqualsAFullDerivation() {
        List<Project> projects = new ArrayList<>(budget.projects());
        int i = projects.indexOf(budget.project("012002-003").orElseThrow());
        Project p = projects.get(i);
        projects.set(i, new Project(p.id(), p.code(), p.unitCode(), "更名后的项目", p.category(), p.attribute(),
                p.period(), p.fundYear(), p.procurement(), p.note(), p.lines()));
        budget = withProjects(budget, projects);
        ledger.restructure(budget);
        assertSameAsFullDerivation();
    }

    @Test
    void aLongRandomSequenceOfEditsAlwaysEqualsAFullDerivation() {
        Random random = new Random(2023);
        FundingSource[] sources = FundingSource.values();
        for (int step = 0; step < 300; step++) {
            Yuan amount = random.nextInt(5) == 0 ? Yuan.ZERO : Yuan.ofFen(random.nextInt(100_000_000));
            if (random.nextBoolean()) {
                Project p = budget.projects().get(random.nextInt(budget.projects().size()));
                FundingSource source = random.nextInt(4) == 0 ? sources[random.nextInt(sources.length)] : null;
                editProjectLine(p.code(), random.nextInt(p.lines().size()), line -> new ProjectLine(line.id(),
                        line.functionCode(), line.departmentalEconomicCode(),
                        source == null ? line.source() : source, amount, line.note()));
            } else {
                editBasicLine(random.nextInt(budget.basicLines().size()), line -> withAmount(line, amount));
            }
            if (random.nextInt(3) > 0) { // sometimes several edits before the next read
                assertSameAsFullDerivation();
            }
        }
        assertSameAsFullDerivation();
    }

    private void assertSameAsFullDerivation() {
        List<DisclosureTable> incremental = tables.all();
        List<DisclosureTable> full = DisclosureTables.derive(budget, SampleFixture.CHART);
        for (int n = 0; n < full.size(); n++) {
            assertThat(incremental.get(n)).as("table %d", n + 1).isEqualTo(full.get(n));
        }
    }

    private void editProjectLine(String projectCode, int index, java.util.function.UnaryOperator<ProjectLine> edit) {
        List<Project> projects = new ArrayList<>(budget.projects());
        int i = projects.indexOf(budget.project(projectCode).orElseThrow());
        Project p = projects.get(i);
        List<ProjectLine> lines = new ArrayList<>(p.lines());
        ProjectLine old = lines.get(index);
        ProjectLine edited = edit.apply(old);
        lines.set(index, edited);
        Project changed = new Project(p.id(), p.code(), p.unitCode(), p.name(), p.category(), p.attribute(),
                p.period(), p.fundYear(), p.procurement(), p.note(), lines);
        projects.set(i, changed);
        ledger.remove(postings.project(p, old));
        ledger.add(postings.project(changed, edited));
        budget = withProjects(budget, projects);
    }

    private void editBasicLine(int index, java.util.function.UnaryOperator<BasicExpenditureLine> edit) {
        List<BasicExpenditureLine> lines = new ArrayList<>(budget.basicLines());
        BasicExpenditureLine old = lines.get(index);
        BasicExpenditureLine edited = edit.apply(old);
        lines.set(index, edited);
        ledger.remove(postings.basic(old));
        ledger.add(postings.basic(edited));
        budget = new Budget(budget.department(), budget.units(), budget.staffing(), lines, budget.projects(),
                budget.forms(), budget.priorYear(), budget.stateAssets(), budget.narrative());
    }

    private static Budget withProjects(Budget b, List<Project> projects) {
        return new Budget(b.department(), b.units(), b.staffing(), b.basicLines(), projects, b.forms(), b.priorYear(),
                b.stateAssets(), b.narrative());
    }

    private static ProjectLine withAmount(ProjectLine l, Yuan amount) {
        return new ProjectLine(l.id(), l.functionCode(), l.departmentalEconomicCode(), l.source(), amount, l.note());
    }

    private static BasicExpenditureLine withAmount(BasicExpenditureLine l, Yuan amount) {
        return new BasicExpenditureLine(l.id(), l.unitCode(), l.functionCode(), l.departmentalEconomicCode(),
                l.governmentEconomicOverride(), l.source(), amount, l.expenseKindOverride(), l.fundYear(), l.note());
    }
}
