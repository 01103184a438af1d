package org.yusuan.workbench.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.domain.budget.BasicExpenditureLine;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.FundYear;
import org.yusuan.workbench.domain.budget.FundingSource;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.budget.ProjectLine;
import org.yusuan.workbench.domain.money.Yuan;

/** Edits applied incrementally give exactly the tables a full derivation of the edited budget gives. */
class LiveBudgetTest {

    @Test
    void aBasicLineEditShowsInTable3AndOnlyTheTablesReadingItReDerive() {
        Budget sample = withIds(SampleFixture.budget());
        LiveBudget live = new LiveBudget(sample, SampleFixture.CHART);
        DisclosureTable table12 = live.tables().table(12);
        BasicExpenditureLine first = sample.basicLines().get(0); // 2040201 基本工资 8,037,500.00
        String before = live.tables().table(3).row("2040201").orElseThrow().cell(2).printed();

        live.replaceBasicLine(first, withAmount(first, first.amount().plus(Yuan.parse("100000"))));

        assertThat(before).isEqualTo("3171.61");
        assertThat(live.tables().table(3).row("2040201").orElseThrow().cell(2).printed()).isEqualTo("3181.61");
        assertThat(live.tables().table(12)).as("table 12 reads no basic line").isSameAs(table12);
        assertThat(live.tables().all()).isEqualTo(DisclosureTables.derive(live.budget(), SampleFixture.CHART));
    }

    @Test
    void randomEditsKeepTheTablesEqualToAFullDerivation() {
        Budget sample = withIds(SampleFixture.budget());
        LiveBudget live = new LiveBudget(sample, SampleFixture.CHART);
        Random random = new Random(20231);
        for (int step = 0; step < 60; step++) {
            Budget budget = live.budget();
            switch (random.nextInt(4)) {
                case 0 -> {
                    BasicExpenditureLine line = budget.basicLines().get(random.nextInt(budget.basicLines().size()));
                    live.replaceBasicLine(line, withAmount(line, Yuan.ofFen(random.nextInt(100_000_000) + 1)));
                }
                case 1 -> {
                    BasicExpenditureLine line = budget.basicLines().get(random.nextInt(budget.basicLines().size()));
                    live.replaceBasicLine(line, null);
                }
                case 2 -> {
                    BasicExpenditureLine model = budget.basicLines().get(0);
                    live.replaceBasicLine(null, new BasicExpenditureLine(10_000 + step, "012002", "2040201", "30201",
                            null, FundingSource.GENERAL_PUBLIC_BUDGET, Yuan.ofFen(random.nextInt(10_000_000) + 1),
                            null, random.nextBoolean() ? FundYear.CURRENT : FundYear.CARRIED_OVER, model.note()));
                }
                default -> {
                    Project project = budget.projects().get(random.nextInt(budget.projects().size()));
                    List<ProjectLine> lines = new ArrayList<>(project.lines());
                    ProjectLine line = lines.get(0);
                    lines.set(0, new ProjectLine(line.id(), line.functionCode(), random.nextBoolean() ? "30231" : null,
                            line.source(), Yuan.ofFen(random.nextInt(50_000_000) + 1), line.note()));
                    live.replaceProject(project, new Project(project.id(), project.code(), project.unitCode(),
                            project.name(), project.category(), project.attribute(), project.period(),
                            project.fundYear(), project.procurement(), project.note(), lines));
                }
            }
            if (step % 10 == 9) {
                assertThat(live.tables().all()).as("after step %d", step)
                        .isEqualTo(DisclosureTables.derive(live.budget(), SampleFixture.CHART));
            }
        }
        assertThat(live.tables().all()).isEqualTo(DisclosureTables.derive(live.budget(), SampleFixture.CHART));
    }

    /** The sample read without a database has ids 0; give lines distinct ids as the store would. */
    private static Budget withIds(Budget b) {
        List<BasicExpenditureLine> lines = new ArrayList<>();
        for (int i = 0; i < b.basicLines().size(); i++) {
            lines.add(b.basicLines().get(i).withId(i + 1));
        }
        return new Budget(b.department(), b.units(), b.staffing(), lines, b.projects(), b.forms(), b.priorYear(),
                b.stateAssets(), b.narrative());
    }

    private static BasicExpenditureLine withAmount(BasicExpenditureLine l, Yuan amount) {
        return new BasicExpenditureLine(l.id(), l.unitCode(), l.functionCode(), l.departmentalEconomicCode(),
                l.governmentEconomicOverride(), l.source(), amount, l.expenseKindOverride(), l.fundYear(), l.note());
    }
}
