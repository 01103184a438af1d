package org.yusuan.workbench.cli;

import static org.yusuan.workbench.cli.CliTexts.TEXTS;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.yusuan.workbench.domain.input.BudgetFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code yusuan}: the command line of Yusuan Workbench. */
@Command(name = "yusuan", mixinStandardHelpOptions = true, versionProvider = Version.class,
        subcommands = {SampleCommand.class, NextYearCommand.class, ImportCommand.class, TemplateCommand.class, CatalogCommand.class,
                InfoCommand.class, TablesCommand.class, NarrativeCommand.class, AuditCommand.class,
                FormsCommand.class, BookletCommand.class, XlsxCommand.class, WordingCommand.class, PackageCommand.class,
                BureauCommand.class,
                CommandLine.HelpCommand.class})
public final class YusuanCommand implements Runnable {

    /** Exit status when the input was refused (validation problems). */
    static final int REFUSED = 1;
    /** Exit status when a file could not be opened or written. */
    static final int FILE_ERROR = 3;
    /** Exit status of a defect of the program (an unexpected exception). */
    static final int INTERNAL_ERROR = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args, utf8(FileDescriptor.out), utf8(FileDescriptor.err)));
    }

    /** Runs a command line with the given streams; returns the exit status. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        CommandLine commandLine = new CommandLine(new YusuanCommand());
        // The help's descriptions come from the same bundle as the messages, in the language Texts chose
        // (picocli's own resourceBundle attribute would follow the system locale instead).
        commandLine.setResourceBundle(TEXTS.bundle());
        commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            if (e instanceof BudgetFileException || e instanceof org.yusuan.workbench.domain.input.StoreException
                    || e instanceof java.io.IOException) {
                cmd.getErr().println(TEXTS.get("error.file", e.getMessage()));
                return FILE_ERROR;
            }
            // A defect, not a user error: say so in words, then give the developers the trace.
            cmd.getErr().println(TEXTS.get("error.internal", e.getClass().getSimpleName(), e.getMessage()));
            cmd.getErr().println(TEXTS.get("error.internal.report"));
            e.printStackTrace(cmd.getErr());
            return INTERNAL_ERROR;
        });
        try {
            return commandLine.execute(args);
        } catch (VirtualMachineError e) {
            // Out of memory or stack is never "input refused" (1): a script must not take it for a verdict
            // on the file. The import limits are meant to make it unreachable; if it happens, it is a defect.
            commandLine.getErr().println(TEXTS.get("error.exhausted", e.getClass().getSimpleName()));
            commandLine.getErr().println(TEXTS.get("error.internal.report"));
            e.printStackTrace(commandLine.getErr());
            return INTERNAL_ERROR;
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Chinese output must not depend on the terminal's locale (LANG=C prints "?" otherwise). */
    private static PrintStream utf8(FileDescriptor fd) {
        return new PrintStream(new FileOutputStream(fd), true, StandardCharsets.UTF_8);
    }
}
