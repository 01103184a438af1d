package org.yusuan.workbench.cli;

import java.io.PrintWriter;
import java.util.List;
import org.yusuan.workbench.domain.input.ImportProblem;

/** Prints the problems that refused an import, every one with its place. */
final class Problems {

    private Problems() {
    }

    static int report(PrintWriter err, String what, List<ImportProblem> problems) {
        err.println(what + "未导入：发现 " + problems.size() + " 处错误，预算文件没有任何改动。");
        problems.forEach(p -> err.println("  " + p.message()));
        return YusuanCommand.REFUSED;
    }
}
