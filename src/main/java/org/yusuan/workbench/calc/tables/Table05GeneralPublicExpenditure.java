package org.yusuan.workbench.calc.tables;

import java.util.Set;
import org.yusuan.workbench.calc.ledger.Aggregate;
import org.yusuan.workbench.calc.ledger.BudgetLedger;
import org.yusuan.workbench.calc.ledger.TableTemplate;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.domain.budget.FundYear;
import org.yusuan.workbench.domain.budget.FundingSource;

/** 表5 一般公共预算支出预算表（不含上年结转）: this year's 一般公共预算 lines by 功能 code. */
final class Table05GeneralPublicExpenditure extends TableDerivation {

    @Override
    public int number() {
        return 5;
    }

    @Override
    public Set<Aggregate> reads() {
        return Set.of(Aggregate.FUNCTIONAL, Aggregate.STRUCTURE);
    }

    @Override
    public DisclosureTable derive(BudgetLedger ledger, TableTemplate template) {
        FunctionalRollup body = BasicProjectColumns.rollup(ledger, key -> key.year() == FundYear.CURRENT
                && key.source() == FundingSource.GENERAL_PUBLIC_BUDGET);
        return table(ledger, template, BasicProjectColumns.header(template), body.rows(ledger.chart()), body.hasData());
    }
}
