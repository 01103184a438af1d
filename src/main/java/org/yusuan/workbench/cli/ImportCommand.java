package org.yusuan.workbench.cli;

import static org.yusuan.workbench.cli.CliTexts.TEXTS;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.yusuan.workbench.domain.input.ImportProblem;
import org.yusuan.workbench.service.BudgetFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import")
final class ImportCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Parameters(paramLabel = "BOOK.xlsx", descriptionKey = "parameter.book")
    Path book;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<ImportProblem> problems;
        if (!OpenedFile.FILES.exists(db.file)) {
            // A new file is created whole or not at all: a refused workbook leaves no file behind.
            problems = OpenedFile.FILES.createByImport(db.file, book);
        } else {
            try (BudgetFile file = OpenedFile.FILES.open(db.file)) {
                problems = file.importBook(book);
            }
        }
        if (!problems.isEmpty()) {
            return Problems.report(spec.commandLine().getErr(), TEXTS.get("import.workbook", book.getFileName()), problems);
        }
        // Success is reported once the file is closed: nothing of the import is left to write.
        InfoCommand.printStored(spec.commandLine().getOut(), path -> TEXTS.get("import.done", book.getFileName(), path), db.file);
        return 0;
    }
}
