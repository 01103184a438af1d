package org.yusuan.workbench.calc.tables;

import static org.yusuan.workbench.calc.table.HeaderCell.of;
import static org.yusuan.workbench.calc.table.HeaderCell.tall;
import static org.yusuan.workbench.calc.table.HeaderCell.wide;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.yusuan.workbench.calc.ledger.Aggregate;
import org.yusuan.workbench.calc.ledger.BudgetLedger;
import org.yusuan.workbench.calc.ledger.Nature;
import org.yusuan.workbench.calc.ledger.TableTemplate;
import org.yusuan.workbench.calc.table.Cell;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.calc.table.TableRow;
import org.yusuan.workbench.domain.budget.FundYear;
import org.yusuan.workbench.domain.budget.FundingSource;

/**
 * 表9 国有资本经营预算收支预算表（不含上年结转）: this year's 国有资本经营预算 money, income (by the 功能
 * code it funds) beside expenditure (合计, 基本支出, 项目支出) — both sides list the same codes.
 */
final class Table09StateCapital extends TableDerivation {

    @Override
    public int number() {
        return 9;
    }

    @Override
    public Set<Aggregate> reads() {
        return Set.of(Aggregate.FUNCTIONAL, Aggregate.STRUCTURE);
    }

    @Override
    public DisclosureTable derive(BudgetLedger ledger, TableTemplate template) {
        var header = List.of(
                List.of(wide("国有资本经营预算收入", 3), wide("国有资本经营预算支出", 5)),
                List.of(wide("项目", 2), tall("国有资本经营收入预算", 2), tall("科目编码", 2), tall("科目名称", 2),
                        tall("合计", 2), tall("基本支出", 2), tall("项目支出", 2)),
                List.of(of("收入科目编码"), of("科目名称")));
        FunctionalRollup body = new FunctionalRollup(ledger, 3, key -> key.year() != FundYear.CURRENT
                || key.source() != FundingSource.STATE_CAPITAL ? new int[0]
                : new int[] {0, key.nature() == Nature.BASIC ? 1 : 2});
        List<TableRow> rows = new ArrayList<>();
        for (TableRow r : body.rows(ledger.chart())) {
            // [code, name, total, basic, project] → [code, name, total | code, name, total, basic, project]
            List<Cell> cells = new ArrayList<>(r.cells().subList(0, 3));
            cells.addAll(r.cells());
            rows.add(new TableRow(r.kind(), r.code(), cells));
        }
        return table(ledger, template, header, rows, body.hasData());
    }
}
