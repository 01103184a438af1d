package org.yusuan.workbench.cli;

import static org.yusuan.workbench.cli.CliTexts.TEXTS;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.yusuan.workbench.service.NextYearReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code yusuan next-year --from 2023.mv.db --db 2024.mv.db}: next year's budget from last year's
 * file, which is only read; the new file is created whole or not at all and never overwritten.
 */
@Command(name = "next-year")
final class NextYearCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, paramLabel = "FILE", descriptionKey = "option.from")
    Path from;

    @Option(names = "--db", required = true, paramLabel = "FILE", descriptionKey = "option.db.new")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // Refusals (the new file exists, last year's file is missing, foreign, in use) come back as a
        // BudgetFileException, which the entry point reports in words with the file-error status.
        NextYearReport report = OpenedFile.FILES.createNextYear(from, file);
        PrintWriter out = spec.commandLine().getOut();
        report.sentences().forEach(out::println);
        out.println();
        // Reported once the file is closed, read back from disk.
        InfoCommand.printStored(out, path -> TEXTS.get("nextYear.summary", path), file);
        return 0;
    }
}
