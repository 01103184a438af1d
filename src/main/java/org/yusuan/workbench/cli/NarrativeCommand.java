package org.yusuan.workbench.cli;

import static org.yusuan.workbench.cli.CliTexts.TEXTS;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.yusuan.workbench.calc.narrative.ExplanationSection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "narrative")
final class NarrativeCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        return OpenedFile.run(db, spec, file -> file.explanation().map(sections -> {
            var out = spec.commandLine().getOut();
            for (ExplanationSection section : sections) {
                out.println(section.title());
                for (String paragraph : section.paragraphs()) {
                    String chart = ExplanationSection.chartOf(paragraph);
                    out.println(chart == null ? "    " + paragraph : "    " + TEXTS.get("narrative.chart", chart));
                }
                out.println();
            }
            out.flush();
            return 0;
        }));
    }
}
