package org.yusuan.workbench.service;

import java.util.List;
import org.yusuan.workbench.domain.input.ImportProblem;
import org.yusuan.workbench.exchange.sheet.CsvWorkbook;
import org.yusuan.workbench.store.BudgetDatabase;

/**
 * The sample budget shipped with the program: 长治市公安局上党分局, 2023, kept as base-data sheets
 * (see its README for what is published and what is assumed) and loaded through the ordinary import.
 */
public final class SampleBudget {

    static final String RESOURCE_FOLDER = "/org/yusuan/workbench/sample/shangdang-2023";

    private SampleBudget() {
    }

    /** Fills the (new) budget file with the sample. */
    public static void createIn(BudgetDatabase db) {
        List<ImportProblem> problems = WorkbookImport.run(db, CsvWorkbook.onClasspath(RESOURCE_FOLDER));
        if (!problems.isEmpty()) {
            // The sample is part of the program: a problem here is a defect, not user error.
            throw new IllegalStateException("the shipped sample does not import: " + problems);
        }
    }
}
