package org.yusuan.workbench.audit;

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
    public String title() {
        return "类款项合计不符";
    }

    @Override
    public String description() {
        return "表2、表3、表5 的每个金额列：合计等于各类之和，每个类等于其下各款之和，每个款等于其下各项之和（按元精确比较）。";
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
                String name = code.equals("total") ? "合计" : code + " " + row.cell(1).printed();
                for (int c = 0; c < columns.size(); c++) {
                    int column = FunctionalColumns.FIRST_AMOUNT + c;
                    List<TableTerm> parts = children.stream().map(r -> TableTerm.of(r.code(), r, column)).toList();
                    all.add(new TableIdentity(t.number(), code, name + "［" + columns.get(c) + "］= 下级之和",
                            TableTerm.of(name, row, column), parts));
                }
            }
        }
        return all;
    }
}
