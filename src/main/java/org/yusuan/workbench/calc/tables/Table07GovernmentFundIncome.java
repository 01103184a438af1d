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

/**
 * 表7 政府性基金预算收入表（不含上年结转）: this year's 政府性基金预算拨款, listed like table 2 by the
 * 功能 code the income funds (the budget does not record 政府性基金 income codes).
 */
final class Table07GovernmentFundIncome extends TableDerivation {

    @Override
    public int number() {
        return 7;
    }

    @Override
    public Set<Aggregate> reads() {
        return Set.of(Aggregate.FUNCTIONAL, Aggregate.STRUCTURE);
    }

    @Override
    public DisclosureTable derive(BudgetLedger ledger, TableTemplate template) {
        var header = List.of(
                List.of(wide("项目", 2), tall("政府性基金收入预算", 2)),
                List.of(of("收入科目编码"), of("科目名称")));
        FunctionalRollup body = new FunctionalRollup(ledger, 1, key -> key.year() == FundYear.CURRENT
                && key.source() == FundingSource.GOVERNMENT_FUND ? new int[] {0} : new int[0]);
        return table(ledger, template, header, body.rows(ledger.chart()), body.hasData());
    }
}
