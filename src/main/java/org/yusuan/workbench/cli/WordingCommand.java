package org.yusuan.workbench.cli;

import static org.yusuan.workbench.cli.CliTexts.TEXTS;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.yusuan.workbench.service.BudgetFile;
import org.yusuan.workbench.service.wording.WordingTemplates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code yusuan wording export|import|shipped}: the budget file's 文本与标题 as a template file. */
@Command(name = "wording", subcommands = {WordingCommand.Export.class, WordingCommand.Import.class,
        WordingCommand.Shipped.class})
final class WordingCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "export")
    static final class Export implements Callable<Integer> {

        @Mixin
        DbOption db;

        @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "option.out.wording")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return OpenedFile.write(db, spec, out, file -> file.exportWording(out),
                    () -> TEXTS.get("wording.exported", out));
        }
    }

    @Command(name = "import")
    static final class Import implements Callable<Integer> {

        @Mixin
        DbOption db;

        @Parameters(paramLabel = "TEMPLATE", descriptionKey = "parameter.wording")
        Path template;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            return OpenedFile.run(db, spec, file -> {
                List<String> problems = file.importWording(template);
                if (!problems.isEmpty()) {
                    problems.forEach(spec.commandLine().getErr()::println);
                    return Optional.of(YusuanCommand.REFUSED);
                }
                spec.commandLine().getOut().println(TEXTS.get("wording.imported", template.getFileName()));
                return Optional.of(0);
            });
        }
    }

    @Command(name = "shipped")
    static final class Shipped implements Callable<Integer> {

        @Mixin
        DbOption db;

        @Option(names = "--unit", descriptionKey = "option.wording.unit")
        boolean unit;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            return OpenedFile.run(db, spec, file -> {
                if (file.workspace().isEmpty()) {
                    return Optional.empty();
                }
                file.useShippedWording(unit ? WordingTemplates.Variant.UNIT : WordingTemplates.Variant.DEPARTMENT);
                spec.commandLine().getOut().println(unit ? TEXTS.get("wording.shippedUnit")
                        : TEXTS.get("wording.shippedDepartment"));
                return Optional.of(0);
            });
        }
    }
}
