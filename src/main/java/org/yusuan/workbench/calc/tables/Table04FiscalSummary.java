package org.yusuan.workbench.calc.tables;

import static org.yusuan.workbench.calc.table.HeaderCell.of;
import static org.yusuan.workbench.calc.table.HeaderCell.tall;
import static org.yusuan.workbench.calc.table.HeaderCell.wide;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.yusuan.workbench.calc.ledger.Aggregate;
import org.yusuan.workbench.calc.ledger.BudgetLedger;
import org.yusuan.workbench.calc.ledger.BudgetLedger.FunctionKey;
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
 * 表4 财政拨款收支总表: like table 1 for 财政拨款 only; income by the three 财政拨款 sources (this
 * year, then 上年财政拨款结转 by source), expenditure by 功能类 split by the same three sources.
 */
final class Table04FiscalSummary extends TableDerivation {

    private static final List<FundingSource> FISCAL = List.of(FundingSource.GENERAL_PUBLIC_BUDGET,
            FundingSource.GOVERNMENT_FUND, FundingSource.STATE_CAPITAL);
    private static final List<String> LABELS = List.of("一般公共预算", "政府性基金预算", "国有资本经营预算");

    @Override
    public int number() {
        return 4;
    }

    @Override
    public Set<Aggregate> reads() {
        return Set.of(Aggregate.FUNCTIONAL, Aggregate.STRUCTURE);
    }

    @Override
    public DisclosureTable derive(BudgetLedger ledger, TableTemplate template) {
        var header = List.of(
                List.of(wide("收入", 2), wide("支出", 5)),
                List.of(tall("项目", 2), tall("金额", 2), tall("项目", 2), wide("金额", 4)),
                List.of(of("小计"), of("一般公共预算"), of("政府性基金预算"), of("国有资本经营预算")));
        List<String> classes = template.functionalClasses();
        List<TableRow> rows = new ArrayList<>();
        for (int i = 0; i < classes.size(); i++) {
            String cls = classes.get(i);
            List<Cell> cells = new ArrayList<>();
            if (i < FISCAL.size()) {
                FundingSource source = FISCAL.get(i);
                cells.add(Cell.text(ChineseNumerals.ordinal(i + 1, LABELS.get(i))));
                cells.add(Cell.amount(sum(ledger, k -> k.year() == FundYear.CURRENT && k.source() == source)));
            } else {
                cells.add(Cell.text(""));
                cells.add(Cell.text(""));
            }
            cells.add(Cell.text(ChineseNumerals.ordinal(i + 1, ledger.chart().nameOf(Classification.FUNCTIONAL, cls))));
            cells.addAll(expenditure(ledger, k -> k.functionCode().startsWith(cls)));
            rows.add(new TableRow(RowKind.LINE, cls, cells));
        }
        Yuan current = sum(ledger, k -> k.year() == FundYear.CURRENT);
        Yuan carried = sum(ledger, k -> k.year() == FundYear.CARRIED_OVER);
        List<Cell> all = expenditure(ledger, k -> true);
        rows.add(row("currentTotal", "本年收入合计", current, "本年支出合计", all));
        rows.add(row("carryOver", "上年财政拨款结转", carried, "年终结转", blanks()));
        for (int i = 0; i < FISCAL.size(); i++) {
            FundingSource source = FISCAL.get(i);
            rows.add(row("carryOver." + source.name(), ChineseNumerals.ordinal(i + 1, LABELS.get(i)),
                    sum(ledger, k -> k.year() == FundYear.CARRIED_OVER && k.source() == source), "", blanks()));
        }
        rows.add(row("grandTotal", "收入总计", current.plus(carried), "支出总计", all));
        return table(ledger, template, header, rows, !current.plus(carried).isZero());
    }

    private static Yuan sum(BudgetLedger ledger, Predicate<FunctionKey> filter) {
        return ledger.functionalTotal(k -> k.source().isFiscalAppropriation() && filter.test(k));
    }

    /** 小计 and the three sources, over current and carried-over money. */
    private static List<Cell> expenditure(BudgetLedger ledger, Predicate<FunctionKey> filter) {
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.amount(sum(ledger, filter)));
        for (FundingSource source : FISCAL) {
            cells.add(Cell.amount(sum(ledger, k -> k.source() == source && filter.test(k))));
        }
        return cells;
    }

    private static List<Cell> blanks() {
        return List.of(Cell.blank(), Cell.blank(), Cell.blank(), Cell.blank());
    }

    private static TableRow row(String key, String income, Yuan amount, String expenditure, List<Cell> values) {
        List<Cell> cells = new ArrayList<>(List.of(Cell.text(income), Cell.amount(amount), Cell.text(expenditure)));
        cells.addAll(values);
        return new TableRow(RowKind.TOTAL, key, cells);
    }
}
