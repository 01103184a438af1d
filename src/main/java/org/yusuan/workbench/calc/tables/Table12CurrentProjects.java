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
import org.yusuan.workbench.domain.budget.FundingSource;

/** 表12 项目支出预算表（本年预算）: this year's projects by unit, split by source. */
final class Table12CurrentProjects extends TableDerivation {

    /** Kept between derivations: an edit re-derives only the edited projects' rows. */
    private final ProjectTable projects = new ProjectTable(FundYear.CURRENT, List.of(FundingSource.values()));

    @Override
    public int number() {
        return 12;
    }

    @Override
    public Set<Aggregate> reads() {
        return Set.of(Aggregate.PROJECT, Aggregate.STRUCTURE);
    }

    @Override
    public DisclosureTable derive(BudgetLedger ledger, TableTemplate template) {
        var header = List.of(
                List.of(tall("项目名称", 2), tall("合计", 2), wide(template.year() + "年财政拨款", 3),
                        tall("财政专户管理资金", 2), tall("单位资金", 2)),
                List.of(of("一般公共预算"), of("政府性基金预算"), of("国有资本经营预算")),
                List.of(of("1"), of("2"), of("3"), of("4"), of("5"), of("6"), of("7")));
        var rows = projects.rows(ledger);
        return table(ledger, template, header, rows, ProjectTable.hasData(rows));
    }
}
