package org.yusuan.workbench.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.yusuan.workbench.calc.narrative.ExplanationSection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "narrative", description = "输出第三部分“情况说明”（数字均由预算数据计算）。")
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
                    out.println(chart == null ? "    " + paragraph : "    [图表：" + chart + "]");
                }
                out.println();
            }
            out.flush();
            return 0;
        }));
    }
}
