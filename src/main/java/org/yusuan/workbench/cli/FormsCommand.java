package org.yusuan.workbench.cli;

import static org.yusuan.workbench.cli.CliTexts.TEXTS;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "forms")
final class FormsCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Option(names = "--out", required = true, paramLabel = "FORMS.pdf", descriptionKey = "option.out.forms")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            return OpenedFile.run(db, spec, file -> file.printForms(out).map(printed -> {
                if (printed.forms() == 0) {
                    spec.commandLine().getErr().println(TEXTS.get("forms.none"));
                    return YusuanCommand.REFUSED;
                }
                spec.commandLine().getOut().println(TEXTS.get("forms.done", CliTexts.n(printed.forms()),
                        CliTexts.n(printed.pages()), out.toAbsolutePath()));
                return 0;
            }));
        } catch (IOException e) {
            spec.commandLine().getErr().println(TEXTS.get("output.cannotWrite", out.toAbsolutePath(), reason(e)));
            return YusuanCommand.FILE_ERROR;
        }
    }

    /** The JDK's messages are English and often just the path; say what went wrong in the program's language. */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return TEXTS.get("output.forms.noFolder");
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return TEXTS.get("output.forms.accessDenied");
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
