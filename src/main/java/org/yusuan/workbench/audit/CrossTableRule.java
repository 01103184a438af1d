package org.yusuan.workbench.audit;

import static org.yusuan.workbench.audit.AuditTexts.TEXTS;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.calc.table.TableRow;

/**
 * Identities between tables, each read from a different sum of the ledger: 表6 合计 = 表5 基本支出
 * (and 人员 + 公用); 表12 一般公共预算 = 表5 项目支出; and per 功能 code, 表3 − 表5 = what table 5
 * leaves out, i.e. 上年结转 plus this year's money from sources other than 一般公共预算 (table 2).
 */
final class CrossTableRule extends TableIdentityRule {

    /** Table 6: [部门经济, 政府经济, 合计, 人员经费, 公用经费]. */
    private static final int T6_TOTAL = 2;
    private static final int T6_PERSONNEL = 3;
    private static final int T6_PUBLIC = 4;
    /** Table 12: [名称, 合计, 一般公共预算, …]. */
    private static final int T12_GENERAL_PUBLIC = 2;

    @Override
    public String id() {
        return "T.cross";
    }

    @Override
    List<TableIdentity> identities(AuditContext context) {
        DisclosureTable t2 = context.table(2);
        DisclosureTable t3 = context.table(3);
        DisclosureTable t5 = context.table(5);
        DisclosureTable t6 = context.table(6);
        DisclosureTable t12 = context.table(12);
        TableRow t5Total = t5.row("total").orElseThrow();
        TableRow t6Total = t6.row("total").orElseThrow();
        TableRow t12Department = t12.row("department").orElseThrow();
        List<TableIdentity> all = new ArrayList<>();
        TableTerm t6Sum = TableTerm.of(column(6, "column.total"), t6Total, T6_TOTAL);
        all.add(new TableIdentity(6, "total", TEXTS.get("identity.t6.basic"), t6Sum,
                List.of(TableTerm.of(column(5, "column.basic"), t5Total, FunctionalColumns.BASIC))));
        all.add(new TableIdentity(6, "total", TEXTS.get("identity.t6.kinds"), t6Sum,
                List.of(TableTerm.of(TEXTS.get("term.personnel"), t6Total, T6_PERSONNEL),
                        TableTerm.of(TEXTS.get("term.public"), t6Total, T6_PUBLIC))));
        // Table 12 has every source; table 5 only 一般公共预算, so the comparable figure is that column.
        all.add(new TableIdentity(12, "department", TEXTS.get("identity.t12.project"),
                TableTerm.of(column(12, "column.generalPublic"), t12Department, T12_GENERAL_PUBLIC),
                List.of(TableTerm.of(column(5, "column.project"), t5Total, FunctionalColumns.PROJECT))));
        for (TableRow row : t3.rows()) {
            String code = row.code();
            TableRow income = t2.row(code).orElse(null);
            String name = code.equals("total") ? TEXTS.get("term.total") : code;
            all.add(new TableIdentity(3, code, TEXTS.get("identity.t3.row", name, TEXTS.get("identity.t3")),
                    TableTerm.of(TEXTS.get("term.table3Row", name), row, FunctionalColumns.TOTAL),
                    List.of(TableTerm.of(TEXTS.get("term.table", "5"), rowOf(t5, code), FunctionalColumns.TOTAL),
                            TableTerm.of(column(2, "column.carriedOver"), income, FunctionalColumns.T2_CARRIED_OVER),
                            TableTerm.of(column(2, "term.currentTotal"), income, FunctionalColumns.T2_CURRENT),
                            TableTerm.of(column(2, "column.generalPublic"), income,
                                    FunctionalColumns.T2_GENERAL_PUBLIC).negated())));
        }
        return all;
    }

    /** "表5 基本支出": a table's column by its key in the audit bundle. */
    private static String column(int table, String key) {
        return TEXTS.get("term.tableColumn", Integer.toString(table), TEXTS.get(key));
    }

    private static TableRow rowOf(DisclosureTable table, String code) {
        Optional<TableRow> row = table.row(code);
        return row.orElse(null);
    }
}
