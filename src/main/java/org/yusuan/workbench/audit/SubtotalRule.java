package org.yusuan.workbench.audit;

import static org.yusuan.workbench.audit.AuditTexts.TEXTS;

import java.util.ArrayList;
import java.util.List;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.calc.table.RowKind;
import org.yusuan.workbench.calc.table.TableRow;

/**
 * Subtotals of the tables not coded by 功能: table 6 合计 = Σ 经济类 and each 经济类 = Σ its 款 rows;
 * tables 12 and 13 部门合计 = Σ 单位 and each 单位 = Σ its projects, in every amount column.
 */
final class SubtotalRule extends TableIdentityRule {

    @Override
    public String id() {
        return "T.subtotal";
    }

    @Override
    List<TableIdentity> identities(AuditContext context) {
        List<TableIdentity> all = new ArrayList<>();
        all.addAll(grouped(context.table(6), RowKind.TOTAL, RowKind.GROUP, RowKind.LINE, 2));
        all.addAll(grouped(context.table(12), RowKind.DEPARTMENT, RowKind.UNIT, RowKind.PROJECT, 1));
        all.addAll(grouped(context.table(13), RowKind.DEPARTMENT, RowKind.UNIT, RowKind.PROJECT, 1));
        return all;
    }

    /**
     * Rows are printed top-down: one {@code top} row, then each {@code group} row followed by its
     * {@code detail} rows. Amount columns start at {@code firstAmount}.
     */
    private static List<TableIdentity> grouped(DisclosureTable t, RowKind top, RowKind group, RowKind detail,
                                               int firstAmount) {
        List<TableIdentity> all = new ArrayList<>();
        TableRow topRow = t.rows().stream().filter(r -> r.kind() == top).findFirst().orElse(null);
        if (topRow == null) {
            return all;
        }
        List<TableRow> groups = t.rows().stream().filter(r -> r.kind() == group).toList();
        int columns = topRow.cells().size();
        for (int c = firstAmount; c < columns; c++) {
            int column = c;
            all.add(new TableIdentity(t.number(), topRow.code(), TEXTS.get("identity.subtotal.top", label(topRow), column(c)),
                    TableTerm.of(label(topRow), topRow, column),
                    groups.stream().map(g -> TableTerm.of(label(g), g, column)).toList()));
        }
        List<TableRow> rows = t.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).kind() != group) {
                continue;
            }
            TableRow groupRow = rows.get(i);
            List<TableRow> details = new ArrayList<>();
            for (int j = i + 1; j < rows.size() && rows.get(j).kind() == detail; j++) {
                details.add(rows.get(j));
            }
            for (int c = firstAmount; c < columns; c++) {
                int column = c;
                all.add(new TableIdentity(t.number(), groupRow.code(), TEXTS.get("identity.subtotal.group", label(groupRow), column(c)),
                        TableTerm.of(label(groupRow), groupRow, column),
                        details.stream().map(d -> TableTerm.of(label(d), d, column)).toList()));
            }
        }
        return all;
    }

    /** "第3列" from a 0-based column index. */
    private static String column(int c) {
        return TEXTS.get("column.number", Integer.toString(c + 1));
    }

    private static String label(TableRow row) {
        String text = row.cell(0).printed();
        return text.isBlank() ? row.code() : text;
    }
}
