package org.yusuan.workbench.calc.tables;

import static org.yusuan.workbench.calc.table.HeaderCell.of;
import static org.yusuan.workbench.calc.table.HeaderCell.wide;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.yusuan.workbench.calc.ledger.Aggregate;
import org.yusuan.workbench.calc.ledger.BudgetLedger;
import org.yusuan.workbench.calc.ledger.TableTemplate;
import org.yusuan.workbench.calc.table.Cell;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.calc.table.RowKind;
import org.yusuan.workbench.calc.table.TableRow;
import org.yusuan.workbench.domain.budget.FundYear;
import org.yusuan.workbench.domain.budget.FundingSource;
import org.yusuan.workbench.domain.classification.Classification;
import org.yusuan.workbench.domain.money.Yuan;

/**
 * 表1 预算收支总表: income by source (this year) beside expenditure by 功能类 (合计, 当年预算安排,
 * 上年结转安排), all lines. The 30 类 rows are printed whether or not they hold money.
 */
final class Table01BudgetSummary extends TableDerivation {

    private static final List<String> INCOME = List.of("一般公共预算", "政府性基金预算", "国有资本经营预算",
            "财政专户管理资金", "单位资金");

    @Override
    public int number() {
        return 1;
    }

    @Override
    public Set<Aggregate> reads() {
        return Set.of(Aggregate.FUNCTIONAL, Aggregate.STRUCTURE);
    }

    @Override
    public DisclosureTable derive(BudgetLedger ledger, TableTemplate template) {
        String year = String.valueOf(template.year());
        var header = List.of(
                List.of(wide("收入", 2), wide("支出", 4)),
                List.of(of("项目"), of(year + "年"), of("项目"), of(year + "年合计"), of("当年预算安排"), of("上年结转安排")));
        List<String> classes = template.functionalClasses();
        List<TableRow> rows = new ArrayList<>();
        for (int i = 0; i < classes.size(); i++) {
            String cls = classes.get(i);
            List<Cell> cells = new ArrayList<>(income(ledger, i));
            cells.add(Cell.text(ChineseNumerals.ordinal(i + 1, ledger.chart().nameOf(Classification.FUNCTIONAL, cls))));
            cells.addAll(expenditure(ledger, cls));
            rows.add(new TableRow(RowKind.LINE, cls, cells));
        }
        Yuan current = ledger.functionalTotal(k -> k.year() == FundYear.CURRENT);
        Yuan carried = ledger.functionalTotal(k -> k.year() == FundYear.CARRIED_OVER);
        Yuan all = current.plus(carried);
        rows.add(new TableRow(RowKind.TOTAL, "currentTotal", List.of(Cell.text("本年收入合计"), Cell.amount(current),
                Cell.text("本年支出合计"), Cell.amount(all), Cell.amount(current), Cell.amount(carried))));
        rows.add(new TableRow(RowKind.TOTAL, "carryOver", List.of(Cell.text("上年结转"), Cell.amount(carried),
                Cell.text("年终结转"), Cell.blank(), Cell.blank(), Cell.blank())));
        rows.add(new TableRow(RowKind.TOTAL, "grandTotal", List.of(Cell.text("收入总计"), Cell.amount(all),
                Cell.text("支出总计"), Cell.amount(all), Cell.amount(current), Cell.amount(carried))));
        return table(ledger, template, header, rows, !all.isZero());
    }

    private static List<Cell> income(BudgetLedger ledger, int index) {
        if (index >= INCOME.size()) {
            return List.of(Cell.text(""), Cell.text(""));
        }
        FundingSource source = FundingSource.values()[index];
        Yuan amount = ledger.functionalTotal(k -> k.year() == FundYear.CURRENT && k.source() == source);
        return List.of(Cell.text(ChineseNumerals.ordinal(index + 1, INCOME.get(index))), Cell.amount(amount));
    }

    private static List<Cell> expenditure(BudgetLedger ledger, String cls) {
        Yuan current = ledger.functionalTotal(k -> k.year() == FundYear.CURRENT && k.functionCode().startsWith(cls));
        Yuan carried = ledger.functionalTotal(k -> k.year() == FundYear.CARRIED_OVER && k.functionCode().startsWith(cls));
        return List.of(Cell.amount(current.plus(carried)), Cell.amount(current), Cell.amount(carried));
    }
}
