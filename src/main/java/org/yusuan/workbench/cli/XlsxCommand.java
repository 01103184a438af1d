package org.yusuan.workbench.cli;

import static org.yusuan.workbench.cli.CliTexts.TEXTS;

import java.nio.file.Path;
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
        return OpenedFile.write(db, spec, out, file -> file.writeTablesWorkbook(out), () -> TEXTS.get("xlsx.done", out));
    }
}
