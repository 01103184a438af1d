package org.yusuan.workbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.yusuan.workbench.exchange.sheet.CsvWorkbook;
import org.yusuan.workbench.exchange.sheet.WorkbookSource;
import org.yusuan.workbench.exchange.sheet.XlsxWorkbook;
import org.yusuan.workbench.exchange.workbook.ImportProblem;
import org.yusuan.workbench.service.NewBudgetFile;
import org.yusuan.workbench.service.WorkbookImport;
import org.yusuan.workbench.store.BudgetDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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
        if (!Files.exists(book)) {
            throw new IOException("找不到工作簿「" + book + "」");
        }
        WorkbookSource source = Files.isDirectory(book) ? CsvWorkbook.inFolder(book) : XlsxWorkbook.read(book);
        List<ImportProblem> problems;
        if (!BudgetDatabase.exists(db.file)) {
            // A new file is created whole or not at all: a refused workbook leaves no file behind.
            problems = NewBudgetFile.byImport(db.file, source);
        } else {
            try (BudgetDatabase database = BudgetDatabase.open(db.file)) {
                problems = WorkbookImport.run(database, source);
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
