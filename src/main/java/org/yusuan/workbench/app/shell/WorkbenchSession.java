package org.yusuan.workbench.app.shell;

import java.nio.file.Path;
import java.util.Optional;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.service.BudgetFile;
import org.yusuan.workbench.service.BudgetFiles;
import org.yusuan.workbench.service.BudgetWorkspace;

/**
 * The budget file the workstation has open, and the budget it holds: a thin holder of the
 * service's {@link BudgetFile}, which is the one door to the file. Opening may create the sample
 * (first start); closing releases the file for other programs.
 */
public final class WorkbenchSession implements AutoCloseable {

    /** The door the workstation goes through; it holds no state. */
    static final BudgetFiles FILES = new BudgetFiles();

    private final BudgetFile file;

    private WorkbenchSession(BudgetFile file) {
        this.file = file;
    }

    /**
     * Opens {@code file}; a new file (or one holding no budget) gets the sample budget when
     * {@code sampleIfEmpty} is set.
     */
    public static WorkbenchSession open(Path file, boolean sampleIfEmpty) {
        return new WorkbenchSession(sampleIfEmpty ? FILES.openWithSample(file) : FILES.open(file));
    }

    /** Whether {@code file} exists: a first start creates it holding the sample. */
    public static boolean exists(Path file) {
        return FILES.exists(file);
    }

    /** The open file, for the use cases that work on it (backup, import). */
    public BudgetFile budgetFile() {
        return file;
    }

    public Path file() {
        return file.file();
    }

    /** The budget being edited, or empty for a file that holds none yet. */
    public Optional<BudgetWorkspace> workspace() {
        return file.workspace();
    }

    /** The budget as it stands now, or empty for a file that holds none yet. */
    public Optional<Budget> budget() {
        return workspace().map(BudgetWorkspace::budget);
    }

    @Override
    public void close() {
        file.close();
    }
}
