package org.yusuan.workbench.audit;

import java.util.ArrayList;
import java.util.List;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.calc.table.RowKind;
import org.yusuan.workbench.calc.table.TableRow;

/**
 * 表1 预算收支总表 balances: 本年收入合计 = Σ 五项收入, 收入总计 = 本年收入合计 + 上年结转,
 * 支出总计 = Σ 功能类, 收入总计 = 支出总计. The 类 sum also catches money on a 功能类 that the
 * year's table skeleton does not list (it would be in the totals but on no printed row).
 */
final class Table1BalanceRule extends TableIdentityRule {

    /** Table 1 columns: [收入项目, 金额, 支出项目, 合计, 当年预算安排, 上年结转安排]. */
    private static final int INCOME = 1;
    private static final int EXPENDITURE = 3;

    @Override
    public String id() {
        return "T.balance";
    }

    @Override
    public String title() {
        return "表1 收支不平衡";
    }

    @Override
    public String description() {
        return "表1 预算收支总表：本年收入合计等于五项收入之和，收入总计等于本年收入合计加上年结转，"
                + "支出总计等于各功能类之和，收入总计等于支出总计（按元精确比较）。";
    }

    @Override
    List<TableIdentity> identities(AuditContext context) {
        DisclosureTable t = context.table(1);
        TableRow current = t.row("currentTotal").orElseThrow();
        TableRow carried = t.row("carryOver").orElseThrow();
        TableRow grand = t.row("grandTotal").orElseThrow();
        List<TableRow> classes = t.rows().stream().filter(r -> r.kind() == RowKind.LINE).toList();
        List<TableTerm> income = new ArrayList<>();
        List<TableTerm> expenditure = new ArrayList<>();
        for (int i = 0; i < classes.size(); i++) {
            TableRow row = classes.get(i);
            if (i < 5) {
                income.add(TableTerm.of(row.cell(0).printed(), row, INCOME));
            }
            expenditure.add(TableTerm.of(row.code(), row, EXPENDITURE));
        }
        TableTerm currentIncome = TableTerm.of("本年收入合计", current, INCOME);
        TableTerm grandIncome = TableTerm.of("收入总计", grand, INCOME);
        TableTerm grandExpenditure = TableTerm.of("支出总计", grand, EXPENDITURE);
        return List.of(
                new TableIdentity(1, "currentTotal", "本年收入合计 = 五项收入之和", currentIncome, income),
                new TableIdentity(1, "grandTotal", "收入总计 = 本年收入合计 + 上年结转", grandIncome,
                        List.of(currentIncome, TableTerm.of("上年结转", carried, INCOME))),
                new TableIdentity(1, "grandTotal", "支出总计 = 各功能类之和", grandExpenditure, expenditure),
                new TableIdentity(1, "grandTotal", "收入总计 = 支出总计", grandIncome, List.of(grandExpenditure)));
    }
}
