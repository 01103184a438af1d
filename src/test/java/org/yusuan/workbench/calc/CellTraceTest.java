package org.yusuan.workbench.calc;

import org.yusuan.workbench.calc.ledger.BudgetLedger;
import org.yusuan.workbench.calc.ledger.Posting;
import org.yusuan.workbench.calc.ledger.Postings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.yusuan.workbench.calc.table.Cell;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.calc.table.TableRow;
import org.yusuan.workbench.domain.budget.BasicExpenditureLine;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.BudgetUnit;
import org.yusuan.workbench.domain.budget.FundYear;
import org.yusuan.workbench.domain.budget.FundingSource;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.budget.ProjectLine;
import org.yusuan.workbench.domain.budget.UnitType;
import org.yusuan.workbench.domain.money.Yuan;

/** For every amount cell of every table, the lines the trace selects add up to the printed figure. */
class CellTraceTest {

    @Test
    void everyCellOfTheSampleIsTheSumOfTheLinesBehindIt() {
        assertEveryCellTraces(SampleFixture.budget());
    }

    @Test
    void everyCellTracesAlsoWithEverySourceCarryOverAndAnInstitution() {
        assertEveryCellTraces(mixed(SampleFixture.budget()));
    }

    private static void assertEveryCellTraces(Budget budget) {
        BudgetLedger ledger = new BudgetLedger(budget, SampleFixture.CHART);
        List<DisclosureTable> tables = new DisclosureTables(ledger).all();
        List<Posting> postings = Postings.of(budget, SampleFixture.CHART);
        CellTrace trace = new CellTrace(ledger);
        int checked = 0;
        for (DisclosureTable table : tables) {
            for (TableRow row : table.rows()) {
                for (int c = 0; c < row.cells().size(); c++) {
                    if (!(row.cell(c) instanceof Cell.Amount)) {
                        continue;
                    }
                    var filter = trace.of(table, row, c);
                    if (table.number() == 1 && row.code().equals("carryOver") && c >= 3
                            || table.number() == 4 && (row.code().startsWith("carryOver") && c >= 3)) {
                        continue; // 年终结转 is not budgeted: always blank, nothing behind it
                    }
                    assertThat(filter).as("table %d row %s column %d is traced", table.number(), row.code(), c).isPresent();
                    Yuan sum = sum(postings, filter.get());
                    String expected = sum.isZero() ? "" : sum.toWanYuan().plain();
                    assertThat(row.cell(c).printed()).as("table %d row %s column %d", table.number(), row.code(), c)
                            .isEqualTo(expected);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(500);
    }

    private static Yuan sum(List<Posting> postings, Predicate<Posting> filter) {
        return postings.stream().filter(filter).map(Posting::amount).reduce(Yuan.ZERO, Yuan::plus);
    }

    /** The sample with money from every source, basic carry-over and the 看守所 as a 事业单位. */
    private static Budget mixed(Budget b) {
        FundingSource[] sources = FundingSource.values();
        List<BasicExpenditureLine> basic = new ArrayList<>();
        for (int i = 0; i < b.basicLines().size(); i++) {
            BasicExpenditureLine l = b.basicLines().get(i);
            basic.add(new BasicExpenditureLine(i + 1, i % 7 == 3 ? "012003" : l.unitCode(), l.functionCode(),
                    l.departmentalEconomicCode(), l.governmentEconomicOverride(), sources[i % sources.length],
                    l.amount(), l.expenseKindOverride(), i % 5 == 0 ? FundYear.CARRIED_OVER : FundYear.CURRENT, null));
        }
        List<Project> projects = new ArrayList<>();
        for (int i = 0; i < b.projects().size(); i++) {
            Project p = b.projects().get(i);
            List<ProjectLine> lines = new ArrayList<>();
            for (ProjectLine l : p.lines()) {
                lines.add(new ProjectLine(l.id(), l.functionCode(), l.departmentalEconomicCode(),
                        sources[(i + lines.size()) % sources.length], l.amount(), null));
            }
            projects.add(new Project(p.id(), p.code(), p.unitCode(), p.name(), p.category(), p.attribute(), p.period(),
                    p.fundYear(), p.procurement(), p.note(), lines));
        }
        List<BudgetUnit> units = b.units().stream().map(u -> u.code().equals("012003")
                ? new BudgetUnit(u.code(), u.name(), UnitType.INSTITUTION) : u).toList();
        return new Budget(b.department(), units, b.staffing(), basic, projects, b.forms(), b.priorYear(),
                b.stateAssets(), b.narrative());
    }
}
