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
 * 表2 预算收入总表: income by the 功能 code it funds; 本年收入 by source (合计 and five sources) and
 * 上年结转 beside it.
 */
final class Table02Income extends TableDerivation {

    @Override
    public int number() {
        return 2;
    }

    @Override
    public Set<Aggregate> reads() {
        return Set.of(Aggregate.FUNCTIONAL, Aggregate.STRUCTURE);
    }

    @Override
    public DisclosureTable derive(BudgetLedger ledger, TableTemplate template) {
        var header = List.of(
                List.of(wide("项目", 2), wide("本年收入", 6), tall("上年结转", 2)),
                List.of(of("科目编码"), of("科目名称"), of("合计"), of("一般公共预算"), of("政府性基金"),
                        of("国有资本经营预算"), of("财政专户管理资金"), of("单位资金")));
        // Columns: 0 合计 (this year), 1-5 sources, 6 上年结转.
        FunctionalRollup body = new FunctionalRollup(ledger, 7, key -> key.year() == FundYear.CARRIED_OVER
                ? new int[] {6}
                : new int[] {0, 1 + key.source().ordinal()});
        return table(ledger, template, header, body.rows(ledger.chart()), body.hasData());
    }
}
