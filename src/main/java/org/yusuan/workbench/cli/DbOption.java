package org.yusuan.workbench.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db FILE} option of commands that work on a budget file. */
final class DbOption {

    @Option(names = "--db", required = true, paramLabel = "FILE",
            descriptionKey = "option.db")
    Path file;
}
