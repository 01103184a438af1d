package org.yusuan.workbench.cli;

import static org.yusuan.workbench.cli.CliTexts.TEXTS;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.yusuan.workbench.service.CatalogUpdate;
import org.yusuan.workbench.service.BudgetFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "catalog", subcommands = CatalogCommand.Import.class)
final class CatalogCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import")
    static final class Import implements Callable<Integer> {

        @Mixin
        DbOption db;

        @Parameters(paramLabel = "CATALOG", descriptionKey = "parameter.catalog")
        Path file;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            try (BudgetFile opened = OpenedFile.FILES.open(db.file)) {
                CatalogUpdate.Outcome outcome = opened.importCatalog(file);
                if (!outcome.problems().isEmpty()) {
                    return Problems.report(spec.commandLine().getErr(), TEXTS.get("catalog.file", file.getFileName()),
                            outcome.problems());
                }
                spec.commandLine().getOut().println(outcome.replaced()
                        ? TEXTS.get("catalog.replaced", CliTexts.n(outcome.merged()))
                        : TEXTS.get("catalog.merged", CliTexts.n(outcome.merged())));
                return 0;
            }
        }
    }
}
