package org.yusuan.workbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.yusuan.workbench.service.TablesWorkbookExport;
import org.yusuan.workbench.store.BudgetDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "xlsx", description = "把预算公开表 1-13 写入一个 Excel 工作簿（每表一个工作表，金额为数值，单位万元）。")
final class XlsxCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "输出的 xlsx 文件")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (BudgetDatabase database = InfoCommand.openExisting(db, spec)) {
            if (database == null) {
                return YusuanCommand.FILE_ERROR;
            }
            if (!TablesWorkbookExport.write(database, out)) {
                spec.commandLine().getErr().println("预算文件中还没有预算。");
                return YusuanCommand.REFUSED;
            }
        } catch (IOException e) {
            spec.commandLine().getErr().println("无法写入文件「" + out + "」：" + OutputProblem.describe(e));
            return YusuanCommand.FILE_ERROR;
        }
        spec.commandLine().getOut().println("已生成预算公开表工作簿：" + out);
        return 0;
    }
}
