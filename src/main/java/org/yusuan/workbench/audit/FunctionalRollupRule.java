package org.yusuan.workbench.audit;

import static org.yusuan.workbench.audit.AuditTexts.TEXTS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.calc.table.TableRow;

/** Tables 2, 3 and 5: in every amount column, 合计 = Σ 类, every 类 = Σ its 款, every 款 = Σ its 项. */
final class FunctionalRollupRule extends TableIdentityRule {

    @Override
    public String id() {
        return "T.rollup";
    }

    @Override
    List<TableIdentity> identities(AuditContext context) {
        List<TableIdentity> all = new ArrayList<>();
        for (Map.Entry<Integer, List<String>> e : FunctionalColumns.COLUMNS.entrySet()) {
            DisclosureTable t = context.table(e.getKey());
            List<String> columns = e.getValue();
            for (TableRow row : t.rows()) {
                String code = row.code();
                // The 合计 row's code is "total", which is five characters long like a 款: test it first.
                int childLength = code.equals("total") ? 3 : switch (code.length()) {
                    case 3 -> 5;
                    case 5 -> 7;
                    default -> 0;
                };
                if (childLength == 0) {
                    continue;
                }
                List<TableRow> children = t.rows().stream()
                        .filter(r -> r.code().length() == childLength && (code.equals("total") || r.code().startsWith(code)))
                        .toList();
                String name = code.equals("total") ? TEXTS.get("term.total") : code + " " + row.cell(1).printed();
                for (int c = 0; c < columns.size(); c++) {
                    int column = FunctionalColumns.FIRST_AMOUNT + c;
                    List<TableTerm> parts = children.stream().map(r -> TableTerm.of(r.code(), r, column)).toList();
                    all.add(new TableIdentity(t.number(), code, TEXTS.get("identity.rollup", name, TEXTS.get(columns.get(c))),
                            TableTerm.of(name, row, column), parts));
                }
            }
        }
        return all;
    }
}
