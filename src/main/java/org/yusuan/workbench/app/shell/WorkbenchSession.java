package org.yusuan.workbench.app.shell;

import java.nio.file.Path;
import java.util.Optional;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.service.BudgetWorkspace;
import org.yusuan.workbench.service.NewBudgetFile;
import org.yusuan.workbench.service.SampleBudget;
import org.yusuan.workbench.store.BudgetDatabase;

/**
 * The budget file the workstation has open, and the budget it holds. Opening may create the sample
 * (first start); closing releases the file for other programs.
 */
public final class WorkbenchSession implements AutoCloseable {

    private final BudgetDatabase database;
    private final BudgetWorkspace workspace;

    private WorkbenchSession(BudgetDatabase database, Budget budget) {
        this.database = database;
        this.workspace = budget == null ? null : new BudgetWorkspace(database, budget);
    }

    /**
     * Opens {@code file}; a new file (or one holding no budget) gets the sample budget when
     * {@code sampleIfEmpty} is set.
     */
    public static WorkbenchSession open(Path file, boolean sampleIfEmpty) {
        if (sampleIfEmpty && !BudgetDatabase.exists(file)) {
            NewBudgetFile.withSample(file);
        }
        BudgetDatabase database = BudgetDatabase.open(file);
        try {
            Optional<Budget> budget = database.budgets().load();
            if (budget.isEmpty() && sampleIfEmpty) {
                SampleBudget.createIn(database);
                budget = database.budgets().load();
            }
            return new WorkbenchSession(database, budget.orElse(null));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** The open file, for the use cases that work on it (backup, import). */
    public BudgetDatabase database() {
        return database;
    }

    public Path file() {
        return database.file();
    }

    /** The budget being edited, or empty for a file that holds none yet. */
    public Optional<BudgetWorkspace> workspace() {
        return Optional.ofNullable(workspace);
    }

    /** The budget as it stands now, or empty for a file that holds none yet. */
    public Optional<Budget> budget() {
        return workspace().map(BudgetWorkspace::budget);
    }

    @Override
    public void close() {
        database.close();
    }
}
