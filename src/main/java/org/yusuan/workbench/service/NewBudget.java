package org.yusuan.workbench.service;

import java.util.List;
import org.yusuan.workbench.domain.input.ImportProblem;
import org.yusuan.workbench.exchange.sheet.MemoryWorkbook;
import org.yusuan.workbench.exchange.workbook.BaseDataLayout;
import org.yusuan.workbench.store.BudgetDatabase;
import org.yusuan.workbench.text.Texts;

/**
 * 新建预算: a new file with the department and its 本级 unit, the built-in catalog of the year, and
 * nothing else yet. The facts go through the workbook import's checks, so a new budget is held to
 * exactly the rules of an imported one.
 */
public final class NewBudget {

    /** The service's bundle: its sentences reach the user through either front end. */
    private static final Texts TEXTS = Texts.of("org.yusuan.workbench.service");

    /** What the accountant types to start a budget. */
    public record Start(String departmentCode, String departmentName, String year, String unitCode, String unitName,
                        String unitType) {
    }

    private NewBudget() {
    }

    /** @return the problems that refused it; empty when the budget was created */
    public static List<ImportProblem> create(BudgetDatabase db, Start start) {
        if (db.budgets().load().isPresent()) {
            return List.of(new ImportProblem(BaseDataLayout.DEPARTMENT.name(), 0, null, TEXTS.get("newBudget.fileHasBudget")));
        }
        MemoryWorkbook book = new MemoryWorkbook()
                .with(BaseDataLayout.DEPARTMENT.name(), List.of("部门编码", "部门名称", "预算年度"),
                        List.of(List.of(start.departmentCode(), start.departmentName(), start.year())))
                .with(BaseDataLayout.UNITS.name(), List.of("单位编码", "单位名称", "单位类型"),
                        List.of(List.of(start.unitCode(), start.unitName(), start.unitType())));
        return WorkbookImport.run(db, book);
    }
}
