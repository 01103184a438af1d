package org.yusuan.workbench.service;

import java.util.List;
import org.yusuan.workbench.domain.input.ImportProblem;
import org.yusuan.workbench.exchange.sheet.MemoryWorkbook;
import org.yusuan.workbench.exchange.workbook.BaseDataLayout;
import org.yusuan.workbench.exchange.workbook.SheetSpec;
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
                .with(BaseDataLayout.DEPARTMENT.name(),
                        List.of(BaseDataLayout.DEPT_CODE, BaseDataLayout.DEPT_NAME, BaseDataLayout.BUDGET_YEAR),
                        List.of(List.of(start.departmentCode(), start.departmentName(), start.year())))
                .with(BaseDataLayout.UNITS.name(),
                        List.of(BaseDataLayout.UNIT_CODE, BaseDataLayout.UNIT_NAME, BaseDataLayout.UNIT_TYPE),
                        List.of(List.of(start.unitCode(), start.unitName(), start.unitType())));
        // Every sheet is required of a workbook; a new budget has the others empty.
        for (SheetSpec spec : BaseDataLayout.SHEETS) {
            if (spec != BaseDataLayout.DEPARTMENT && spec != BaseDataLayout.UNITS) {
                book.with(spec.name(), spec.headers(), List.of());
            }
        }
        return WorkbookImport.run(db, book);
    }
}
