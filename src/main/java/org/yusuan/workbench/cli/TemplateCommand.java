package org.yusuan.workbench.cli;

import static org.yusuan.workbench.cli.CliTexts.TEXTS;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "template")
final class TemplateCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", descriptionKey = "option.out")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        OpenedFile.FILES.writeTemplate(out);
        spec.commandLine().getOut().println(TEXTS.get("template.done", out));
        return 0;
    }
}
