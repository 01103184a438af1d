package org.yusuan.workbench.calc.tables;

import static org.yusuan.workbench.calc.table.HeaderCell.of;
import static org.yusuan.workbench.calc.table.HeaderCell.tall;
import static org.yusuan.workbench.calc.table.HeaderCell.wide;

import java.util.List;
import java.util.Set;
import org.yusuan.workbench.calc.ledger.Aggregate;
import org.yusuan.workbench.calc.ledger.BudgetLedger;
import org.yusuan.workbench.calc.ledger.TableTemplate;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.domain.budget.FundYear;

/**
 * 表13 项目支出预算表（上年结转）: carried-over <em>projects</em> only (basic expenditure can be carried
 * over too, so this total may be below table 1's 上年结转).
 */
final class Table13CarriedOverProjects extends TableDerivation {

    /** Kept between derivations: an edit re-derives only the edited projects' rows. */
    private final ProjectTable projects = new ProjectTable(FundYear.CARRIED_OVER, FiscalColumns.FISCAL);

    @Override
    public int number() {
        return 13;
    }

    @Override
    public Set<Aggregate> reads() {
        return Set.of(Aggregate.PROJECT, Aggregate.STRUCTURE);
    }

    @Override
    public DisclosureTable derive(BudgetLedger ledger, TableTemplate template) {
        var header = List.of(
                List.of(tall("项目名称", 2), tall("合计", 2), wide(template.year() + "年财政拨款", 3)),
                List.of(of("一般公共预算"), of("政府性基金预算"), of("国有资本经营预算")),
                List.of(of("1"), of("2"), of("3"), of("4"), of("5")));
        var rows = projects.rows(ledger);
        return table(ledger, template, header, rows, ProjectTable.hasData(rows));
    }
}
