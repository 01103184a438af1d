package org.yusuan.workbench.cli;

import static org.yusuan.workbench.cli.CliTexts.TEXTS;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "xlsx")
final class XlsxCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "option.out.xlsx")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            return OpenedFile.run(db, spec, file -> {
                if (!file.writeTablesWorkbook(out)) {
                    return Optional.empty();
                }
                spec.commandLine().getOut().println(TEXTS.get("xlsx.done", out));
                return Optional.of(0);
            });
        } catch (IOException e) {
            spec.commandLine().getErr().println(TEXTS.get("output.cannotWrite", out, OutputProblem.describe(e)));
            return YusuanCommand.FILE_ERROR;
        }
    }
}
