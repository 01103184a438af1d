package org.yusuan.workbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.yusuan.workbench.domain.input.ImportProblem;
import org.yusuan.workbench.service.BudgetFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", description = {"导入基础数据工作簿（xlsx，或每个工作表一个 CSV 文件的文件夹）。",
        "导入将替换预算文件中的全部预算数据（科目目录保留）；有任何错误则不作改动。"})
final class ImportCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Parameters(paramLabel = "BOOK.xlsx", description = "基础数据工作簿")
    Path book;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<ImportProblem> problems;
        if (!OpenedFile.FILES.exists(db.file)) {
            // A new file is created whole or not at all: a refused workbook leaves no file behind.
            problems = OpenedFile.FILES.createByImport(db.file, book);
        } else {
            try (BudgetFile file = OpenedFile.FILES.open(db.file)) {
                problems = file.importBook(book);
            }
        }
        if (!problems.isEmpty()) {
            return Problems.report(spec.commandLine().getErr(), "工作簿「" + book.getFileName() + "」", problems);
        }
        // Success is reported once the file is closed: nothing of the import is left to write.
        InfoCommand.printStored(spec.commandLine().getOut(), "已导入「" + book.getFileName() + "」到 ", db.file);
        return 0;
    }
}
