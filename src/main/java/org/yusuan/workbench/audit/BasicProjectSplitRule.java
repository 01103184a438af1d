package org.yusuan.workbench.audit;

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
    public String title() {
        return "合计不等于基本支出加项目支出";
    }

    @Override
    public String description() {
        return "表3、表5 的每一行：合计等于基本支出加项目支出（按元精确比较）。";
    }

    @Override
    List<TableIdentity> identities(AuditContext context) {
        List<TableIdentity> all = new ArrayList<>();
        for (int number : List.of(3, 5)) {
            DisclosureTable t = context.table(number);
            for (TableRow row : t.rows()) {
                String name = row.code().equals("total") ? "合计行" : row.code() + " " + row.cell(1).printed();
                all.add(new TableIdentity(number, row.code(), name + "：合计 = 基本支出 + 项目支出",
                        TableTerm.of("合计", row, FunctionalColumns.TOTAL),
                        List.of(TableTerm.of("基本支出", row, FunctionalColumns.BASIC),
                                TableTerm.of("项目支出", row, FunctionalColumns.PROJECT))));
            }
        }
        return all;
    }
}
