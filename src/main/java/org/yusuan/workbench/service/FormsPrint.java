package org.yusuan.workbench.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.report.forms.FormsDocument;
import org.yusuan.workbench.store.BudgetDatabase;

/** Prints the 绩效目标申报表 of the budget in a file to a PDF file. */
public final class FormsPrint {

    /**
     * The outcome of a print.
     *
     * @param forms number of forms printed; 0 when the budget has none (then no file is written)
     * @param pages number of pages written
     */
    public record Printed(int forms, int pages) {
    }

    private FormsPrint() {
    }

    /**
     * Writes all forms of the file's budget to {@code pdf}.
     *
     * @return empty when the file holds no budget yet
     * @throws IOException when the PDF cannot be written
     */
    public static Optional<Printed> print(BudgetDatabase db, Path pdf) throws IOException {
        Optional<Budget> budget = db.budgets().load();
        if (budget.isEmpty()) {
            return Optional.empty();
        }
        if (budget.get().forms().isEmpty()) {
            return Optional.of(new Printed(0, 0));
        }
        FormsDocument.Written written = FormsDocument.write(budget.get(), pdf);
        return Optional.of(new Printed(written.startPages().size(), written.pages()));
    }
}
