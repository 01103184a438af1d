package org.yusuan.workbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.yusuan.workbench.domain.publication.BookletOptions;
import org.yusuan.workbench.service.BookletExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "booklet", description = {"生成《部门预算公开》PDF：封面、目录、概况、预算公开表 1-13、情况说明、名词解释。",
        "草稿（--draft）每页带斜向水印，正式版不带；归档版（--pdfa）是 PDF/A-2b 格式的正式版。"})
final class BookletCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "输出的 PDF 文件")
    Path out;

    @Option(names = "--draft", description = "草稿：每页加水印（默认“" + BookletOptions.DEFAULT_WATERMARK + "”）")
    boolean draft;

    @Option(names = "--watermark", paramLabel = "TEXT", description = "草稿水印文字（给出即为草稿）")
    String watermark;

    @Option(names = "--pdfa", description = "归档版：正式版存为 PDF/A-2b 长期保存格式（不能与草稿同用）")
    boolean pdfa;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (watermark != null && watermark.isBlank()) {
            spec.commandLine().getErr().println("--watermark 的水印文字不能为空。");
            return 2;
        }
        boolean isDraft = draft || watermark != null;
        if (isDraft && pdfa) {
            spec.commandLine().getErr().println("--pdfa 生成归档用的正式版，不能与 --draft 或 --watermark 同用。");
            return 2;
        }
        BookletOptions options = isDraft ? BookletOptions.draft(watermark)
                : pdfa ? BookletOptions.ARCHIVAL : BookletOptions.FINAL;
        BookletExport.prepare();
        try {
            return OpenedFile.run(db, spec, file -> {
                if (!file.writeBooklet(out, options)) {
                    return Optional.empty();
                }
                String kind = options.draft() ? "草稿" : options.archival() ? "归档版（PDF/A-2b）" : "正式版";
                spec.commandLine().getOut().println("已生成" + kind + "《部门预算公开》：" + out);
                return Optional.of(0);
            });
        } catch (IOException e) {
            spec.commandLine().getErr().println("无法写入文件「" + out + "」：" + OutputProblem.describe(e));
            return YusuanCommand.FILE_ERROR;
        }
    }
}
