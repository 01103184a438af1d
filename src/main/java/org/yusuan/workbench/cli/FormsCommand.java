package org.yusuan.workbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "forms", description = "把全部项目支出绩效目标申报表按预算顺序打印到 PDF 文件（A4 纵向，每表一页起）。")
final class FormsCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Option(names = "--out", required = true, paramLabel = "FORMS.pdf", description = "要写出的 PDF 文件（已存在则覆盖）")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            return OpenedFile.run(db, spec, file -> file.printForms(out).map(printed -> {
                if (printed.forms() == 0) {
                    spec.commandLine().getErr().println("预算中还没有绩效目标申报表，未生成文件。");
                    return YusuanCommand.REFUSED;
                }
                spec.commandLine().getOut().printf("已写出绩效目标申报表 %d 张，共 %d 页：%s%n", printed.forms(),
                        printed.pages(), out.toAbsolutePath());
                return 0;
            }));
        } catch (IOException e) {
            spec.commandLine().getErr().println("无法写入文件「" + out.toAbsolutePath() + "」：" + reason(e));
            return YusuanCommand.FILE_ERROR;
        }
    }

    /** The JDK's messages are English and often just the path; say what went wrong in Chinese. */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "所在文件夹不存在";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "没有写入权限，或文件正被其他程序打开";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
