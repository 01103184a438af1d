package org.yusuan.workbench.audit;

import static org.yusuan.workbench.audit.AuditTexts.TEXTS;

import java.util.ArrayList;
import java.util.List;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.calc.table.TableRow;

/** Tables 3 and 5: on every row, 合计 = 基本支出 + 项目支出. */
final class BasicProjectSplitRule extends TableIdentityRule {

    @Override
    public String id() {
        return "T.split";
    }

    @Override
    List<TableIdentity> identities(AuditContext context) {
        List<TableIdentity> all = new ArrayList<>();
        for (int number : List.of(3, 5)) {
            DisclosureTable t = context.table(number);
            for (TableRow row : t.rows()) {
                String name = row.code().equals("total") ? TEXTS.get("term.totalRow") : row.code() + " " + row.cell(1).printed();
                all.add(new TableIdentity(number, row.code(), TEXTS.get("identity.split", name),
                        TableTerm.of(TEXTS.get("column.total"), row, FunctionalColumns.TOTAL),
                        List.of(TableTerm.of(TEXTS.get("column.basic"), row, FunctionalColumns.BASIC),
                                TableTerm.of(TEXTS.get("column.project"), row, FunctionalColumns.PROJECT))));
            }
        }
        return all;
    }
}
