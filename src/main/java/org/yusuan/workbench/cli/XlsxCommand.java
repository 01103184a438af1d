package org.yusuan.workbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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
        try {
            return OpenedFile.run(db, spec, file -> {
                if (!file.writeTablesWorkbook(out)) {
                    return Optional.empty();
                }
                spec.commandLine().getOut().println("已生成预算公开表工作簿：" + out);
                return Optional.of(0);
            });
        } catch (IOException e) {
            spec.commandLine().getErr().println("无法写入文件「" + out + "」：" + OutputProblem.describe(e));
            return YusuanCommand.FILE_ERROR;
        }
    }
}
