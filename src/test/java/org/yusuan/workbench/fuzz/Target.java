package org.yusuan.workbench.fuzz;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.yusuan.workbench.domain.input.ImportProblem;
import org.yusuan.workbench.exchange.sheet.CsvWorkbook;
import org.yusuan.workbench.exchange.sheet.WorkbookSource;
import org.yusuan.workbench.exchange.sheet.XlsxWorkbook;
import org.yusuan.workbench.service.CatalogUpdate;
import org.yusuan.workbench.service.NewBudgetFile;
import org.yusuan.workbench.service.WorkbookImport;
import org.yusuan.workbench.store.BudgetDatabase;

/**
 * The imports under test, called as the command line calls them ({@code ImportCommand},
 * {@code CatalogCommand.Import}) minus the opening of the budget file, which the harness keeps open
 * between executions: opening it per execution would cost more than the import.
 */
enum Target {

    WORKBOOK("import") {
        @Override
        List<ImportProblem> run(BudgetDatabase db, Path input) throws IOException {
            return WorkbookImport.run(db, source(input));
        }
    },
    CATALOG("catalog import") {
        @Override
        List<ImportProblem> run(BudgetDatabase db, Path input) throws IOException {
            return CatalogUpdate.run(db, input).problems();
        }
    };

    /** The {@code yusuan} subcommand this target stands for. */
    final String command;

    Target(String command) {
        this.command = command;
    }

    /** @return the problems that refused the input; empty when it was stored */
    abstract List<ImportProblem> run(BudgetDatabase db, Path input) throws IOException;

    /** The import into a budget file that does not exist yet (ImportCommand's other branch). */
    static List<ImportProblem> intoNewFile(Path newFile, Path input) throws IOException {
        return NewBudgetFile.byImport(newFile, source(input));
    }

    /** As ImportCommand chooses: a folder is a CSV workbook, anything else an xlsx. */
    private static WorkbookSource source(Path input) throws IOException {
        return Files.isDirectory(input) ? CsvWorkbook.inFolder(input) : XlsxWorkbook.read(input);
    }

    static Target of(String name) {
        return valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }
}
