package org.yusuan.workbench.cli;

import static org.yusuan.workbench.cli.CliTexts.TEXTS;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.yusuan.workbench.service.BudgetFile;
import org.yusuan.workbench.service.BudgetFiles;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The budget file a command works on, through the one door ({@link BudgetFiles}), with the answers
 * every such command gives alike: a file that does not exist (exit 3) and a file without a budget
 * yet (exit 1), each said in one line.
 */
final class OpenedFile {

    /** The door every command goes through; it holds no state. */
    static final BudgetFiles FILES = new BudgetFiles();

    /** What a command does with the open file. */
    @FunctionalInterface
    interface Work {

        /** @return the exit status, or empty when the file holds no budget yet */
        Optional<Integer> on(BudgetFile file) throws IOException;
    }

    /** Writes an output file from the open budget file. */
    @FunctionalInterface
    interface Output {

        /** @return false when the file holds no budget yet */
        boolean write(BudgetFile file) throws IOException;
    }

    private OpenedFile() {
    }

    /**
     * Opens the file named by {@code --db}, writes {@code out} from it and says {@code done}; a file that
     * cannot be written is said in words (exit status 3), as every command that writes one says it.
     */
    static int write(DbOption db, CommandSpec spec, Path out, Output output, Supplier<String> done) {
        try {
            return run(db, spec, file -> {
                if (!output.write(file)) {
                    return Optional.empty();
                }
                spec.commandLine().getOut().println(done.get());
                return Optional.of(0);
            });
        } catch (IOException e) {
            spec.commandLine().getErr().println(TEXTS.get("output.cannotWrite", out, OutputProblem.describe(e)));
            return YusuanCommand.FILE_ERROR;
        }
    }

    /** Opens the file named by {@code --db}, does {@code work} on it and closes it. */
    static int run(DbOption db, CommandSpec spec, Work work) throws IOException {
        try (BudgetFile file = openExisting(db, spec)) {
            if (file == null) {
                return YusuanCommand.FILE_ERROR;
            }
            Optional<Integer> status = work.on(file);
            if (status.isEmpty()) {
                spec.commandLine().getErr().println(TEXTS.get("file.noBudget"));
                return YusuanCommand.REFUSED;
            }
            return status.get();
        }
    }

    /** Opens a budget file that must already exist; null (after saying so) when it does not. */
    static BudgetFile openExisting(DbOption db, CommandSpec spec) {
        if (!FILES.exists(db.file)) {
            spec.commandLine().getErr().println(TEXTS.get("file.missing", FILES.onDisk(db.file)));
            return null;
        }
        return FILES.open(db.file);
    }
}
