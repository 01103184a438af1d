package org.yusuan.workbench.cli;

import static org.yusuan.workbench.cli.CliTexts.TEXTS;

import java.io.PrintWriter;
import java.util.List;
import org.yusuan.workbench.domain.input.ImportProblem;

/** Prints the problems that refused an import, every one with its place. */
final class Problems {

    private Problems() {
    }

    static int report(PrintWriter err, String what, List<ImportProblem> problems) {
        err.println(TEXTS.get("import.refused", what, CliTexts.n(problems.size())));
        problems.forEach(p -> err.println("  " + p.message()));
        return YusuanCommand.REFUSED;
    }
}
