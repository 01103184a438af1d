package org.yusuan.workbench.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db FILE} option of commands that work on a budget file. */
final class DbOption {

    @Option(names = "--db", required = true, paramLabel = "FILE",
            description = "预算文件（H2 数据库，如 budget.mv.db；可省略 .mv.db 后缀）")
    Path file;
}
