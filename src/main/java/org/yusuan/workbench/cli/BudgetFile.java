package org.yusuan.workbench.cli;

import java.io.IOException;
import java.util.Optional;
import org.yusuan.workbench.store.BudgetDatabase;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The budget file a command works on, with the answers every such command gives alike: a file that
 * does not exist (exit 3) and a file without a budget yet (exit 1), each said in one line.
 */
final class BudgetFile {

    /** What a command does with the open file. */
    @FunctionalInterface
    interface Work {

        /** @return the exit status, or empty when the file holds no budget yet */
        Optional<Integer> on(BudgetDatabase database) throws IOException;
    }

    private BudgetFile() {
    }

    /** Opens the file named by {@code --db}, does {@code work} on it and closes it. */
    static int run(DbOption db, CommandSpec spec, Work work) throws IOException {
        try (BudgetDatabase database = openExisting(db, spec)) {
            if (database == null) {
                return YusuanCommand.FILE_ERROR;
            }
            Optional<Integer> status = work.on(database);
            if (status.isEmpty()) {
                spec.commandLine().getErr().println("预算文件中还没有预算。");
                return YusuanCommand.REFUSED;
            }
            return status.get();
        }
    }

    /** Opens a budget file that must already exist; null (after saying so) when it does not. */
    static BudgetDatabase openExisting(DbOption db, CommandSpec spec) {
        if (!BudgetDatabase.exists(db.file)) {
            spec.commandLine().getErr().println("找不到预算文件「" + BudgetDatabase.normalize(db.file) + "」");
            return null;
        }
        return BudgetDatabase.open(db.file);
    }
}
