package org.yusuan.workbench.service;

import java.util.List;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;
import org.yusuan.workbench.domain.input.ImportProblem;
import org.yusuan.workbench.exchange.catalog.BuiltInCatalog;
import org.yusuan.workbench.exchange.sheet.WorkbookSource;
import org.yusuan.workbench.exchange.workbook.BaseDataLayout;
import org.yusuan.workbench.exchange.workbook.BaseDataReader;
import org.yusuan.workbench.exchange.workbook.ImportResult;
import org.yusuan.workbench.store.BudgetDatabase;

/**
 * Imports a base-data workbook into a budget file: everything is checked against the file's chart
 * of accounts (the built-in one for a new file) and stored in one transaction, or nothing is.
 */
public final class WorkbookImport {

    private WorkbookImport() {
    }

    /** @return the problems that refused the workbook; empty when it was stored */
    public static List<ImportProblem> run(BudgetDatabase db, WorkbookSource source) {
        boolean newFile = db.catalog().isEmpty();
        ChartOfAccounts chart = newFile ? BuiltInCatalog.load(budgetYearHint(source)) : db.catalog().load();
        ImportResult result = BaseDataReader.read(source, chart);
        if (!result.isOk()) {
            return result.problems();
        }
        db.budgets().replace(result.budget(), newFile ? chart : null);
        return List.of();
    }

    /** The workbook's 预算年度 if readable, to pick the built-in catalog; checked properly later. */
    private static int budgetYearHint(WorkbookSource source) {
        return source.sheet(BaseDataLayout.DEPARTMENT.name())
                .flatMap(s -> s.rows().stream().findFirst())
                .map(r -> r.get(BaseDataLayout.BUDGET_YEAR))
                .filter(y -> y.matches("\\d{4}"))
                .map(Integer::parseInt)
                .orElse(java.time.Year.now().getValue());
    }
}
