package org.yusuan.workbench.calc.tables;

import static org.yusuan.workbench.calc.table.HeaderCell.of;
import static org.yusuan.workbench.calc.table.HeaderCell.wide;

import java.util.List;
import java.util.function.Predicate;
import org.yusuan.workbench.calc.ledger.BudgetLedger;
import org.yusuan.workbench.calc.ledger.BudgetLedger.FunctionKey;
import org.yusuan.workbench.calc.ledger.Nature;
import org.yusuan.workbench.calc.ledger.TableTemplate;
import org.yusuan.workbench.calc.table.HeaderCell;

/** The 功能 × (合计, 基本支出, 项目支出) layout shared by tables 3, 5 and 8. */
final class BasicProjectColumns {

    private BasicProjectColumns() {
    }

    static List<List<HeaderCell>> header(TableTemplate template) {
        return List.of(
                List.of(wide("项目", 2), wide(template.year() + "年预算数", 3)),
                List.of(of("科目编码"), of("科目名称"), of("合计"), of("基本支出"), of("项目支出")));
    }

    static FunctionalRollup rollup(BudgetLedger ledger, Predicate<FunctionKey> included) {
        return new FunctionalRollup(ledger, 3, key -> !included.test(key) ? new int[0]
                : new int[] {0, key.nature() == Nature.BASIC ? 1 : 2});
    }
}
