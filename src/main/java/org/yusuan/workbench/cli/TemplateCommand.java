package org.yusuan.workbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "template", description = "生成空白的基础数据工作簿模板（xlsx）。")
final class TemplateCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "输出文件")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        OpenedFile.FILES.writeTemplate(out);
        spec.commandLine().getOut().println("已生成模板：" + out);
        return 0;
    }
}
