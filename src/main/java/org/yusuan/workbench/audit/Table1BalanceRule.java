package org.yusuan.workbench.audit;

import static org.yusuan.workbench.audit.AuditTexts.TEXTS;

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
        TableTerm currentIncome = TableTerm.of(TEXTS.get("term.currentIncome"), current, INCOME);
        TableTerm grandIncome = TableTerm.of(TEXTS.get("term.grandIncome"), grand, INCOME);
        TableTerm grandExpenditure = TableTerm.of(TEXTS.get("term.grandExpenditure"), grand, EXPENDITURE);
        return List.of(
                new TableIdentity(1, "currentTotal", TEXTS.get("identity.t1.current"), currentIncome, income),
                new TableIdentity(1, "grandTotal", TEXTS.get("identity.t1.grandIncome"), grandIncome,
                        List.of(currentIncome, TableTerm.of(TEXTS.get("term.carriedOver"), carried, INCOME))),
                new TableIdentity(1, "grandTotal", TEXTS.get("identity.t1.expenditure"), grandExpenditure, expenditure),
                new TableIdentity(1, "grandTotal", TEXTS.get("identity.t1.balance"), grandIncome, List.of(grandExpenditure)));
    }
}
