package org.yusuan.workbench.calc.tables;

import java.util.Set;
import org.yusuan.workbench.calc.ledger.Aggregate;
import org.yusuan.workbench.calc.ledger.BudgetLedger;
import org.yusuan.workbench.calc.ledger.TableTemplate;
import org.yusuan.workbench.calc.table.DisclosureTable;

/** 表3 预算支出总表: all lines, current and carried over, by 功能 code × (合计, 基本支出, 项目支出). */
final class Table03Expenditure extends TableDerivation {

    @Override
    public int number() {
        return 3;
    }

    @Override
    public Set<Aggregate> reads() {
        return Set.of(Aggregate.FUNCTIONAL, Aggregate.STRUCTURE);
    }

    @Override
    public DisclosureTable derive(BudgetLedger ledger, TableTemplate template) {
        FunctionalRollup body = BasicProjectColumns.rollup(ledger, key -> true);
        return table(ledger, template, BasicProjectColumns.header(template), body.rows(ledger.chart()), body.hasData());
    }
}
