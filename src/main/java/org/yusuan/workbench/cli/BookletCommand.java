package org.yusuan.workbench.cli;

import static org.yusuan.workbench.cli.CliTexts.TEXTS;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.yusuan.workbench.domain.publication.BookletOptions;
import org.yusuan.workbench.service.BookletExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "booklet")
final class BookletCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "option.out.pdf")
    Path out;

    @Option(names = "--draft", descriptionKey = "option.draft")
    boolean draft;

    @Option(names = "--watermark", paramLabel = "TEXT", descriptionKey = "option.watermark")
    String watermark;

    @Option(names = "--pdfa", descriptionKey = "option.pdfa")
    boolean pdfa;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (watermark != null && watermark.isBlank()) {
            spec.commandLine().getErr().println(TEXTS.get("booklet.blankWatermark"));
            return 2;
        }
        boolean isDraft = draft || watermark != null;
        if (isDraft && pdfa) {
            spec.commandLine().getErr().println(TEXTS.get("booklet.draftAndArchival"));
            return 2;
        }
        BookletOptions options = isDraft ? BookletOptions.draft(watermark)
                : pdfa ? BookletOptions.ARCHIVAL : BookletOptions.FINAL;
        BookletExport.prepare();
        String kind = TEXTS.get(options.draft() ? "booklet.draft" : options.archival() ? "booklet.archival" : "booklet.final");
        return OpenedFile.write(db, spec, out, file -> file.writeBooklet(out, options),
                () -> TEXTS.get("booklet.done", kind, out));
    }
}
