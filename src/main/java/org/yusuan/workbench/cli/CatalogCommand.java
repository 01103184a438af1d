package org.yusuan.workbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.yusuan.workbench.service.CatalogUpdate;
import org.yusuan.workbench.service.BudgetFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "catalog", description = "科目目录。", subcommands = CatalogCommand.Import.class)
final class CatalogCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", description = {"导入财政部门下发的科目目录（CSV 或 xlsx），并入预算文件的科目目录。",
            "先检查整个文件（编码位数、上级科目、重复、名称），有任何错误则不作改动。"})
    static final class Import implements Callable<Integer> {

        @Mixin
        DbOption db;

        @Parameters(paramLabel = "CATALOG", description = "目录文件（.csv 或 .xlsx）")
        Path file;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            try (BudgetFile opened = OpenedFile.FILES.open(db.file)) {
                CatalogUpdate.Outcome outcome = opened.importCatalog(file);
                if (!outcome.problems().isEmpty()) {
                    return Problems.report(spec.commandLine().getErr(), "科目目录「" + file.getFileName() + "」",
                            outcome.problems());
                }
                spec.commandLine().getOut().println("已并入科目目录：" + outcome.merged() + " 个科目（新增或更名）。");
                return 0;
            }
        }
    }
}
