package org.yusuan.workbench.calc.tables;

import java.util.Set;
import org.yusuan.workbench.calc.ledger.Aggregate;
import org.yusuan.workbench.calc.ledger.BudgetLedger;
import org.yusuan.workbench.calc.ledger.TableTemplate;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.calc.table.HeaderCell;
import org.yusuan.workbench.domain.budget.FundYear;
import org.yusuan.workbench.domain.budget.FundingSource;

/** 表8 政府性基金预算支出表（不含上年结转）: this year's 政府性基金 lines by 功能 code. */
final class Table08GovernmentFundExpenditure extends TableDerivation {

    @Override
    public int number() {
        return 8;
    }

    @Override
    public Set<Aggregate> reads() {
        return Set.of(Aggregate.FUNCTIONAL, Aggregate.STRUCTURE);
    }

    @Override
    public DisclosureTable derive(BudgetLedger ledger, TableTemplate template) {
        FunctionalRollup body = BasicProjectColumns.rollup(ledger, key -> key.year() == FundYear.CURRENT
                && key.source() == FundingSource.GOVERNMENT_FUND);
        var header = java.util.List.of(java.util.List.of(HeaderCell.of("科目编码"), HeaderCell.of("科目名称"),
                HeaderCell.of("合计"), HeaderCell.of("基本支出"), HeaderCell.of("项目支出")));
        return table(ledger, template, header, body.rows(ledger.chart()), body.hasData());
    }
}
