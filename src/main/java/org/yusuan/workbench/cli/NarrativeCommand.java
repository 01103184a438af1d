package org.yusuan.workbench.cli;

import java.util.concurrent.Callable;
import org.yusuan.workbench.calc.narrative.ExplanationSection;
import org.yusuan.workbench.service.BudgetExplanation;
import org.yusuan.workbench.store.BudgetDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "narrative", description = "输出第三部分“情况说明”（数字均由预算数据计算）。")
final class NarrativeCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (BudgetDatabase database = InfoCommand.openExisting(db, spec)) {
            if (database == null) {
                return YusuanCommand.FILE_ERROR;
            }
            var sections = BudgetExplanation.render(database);
            if (sections.isEmpty()) {
                spec.commandLine().getErr().println("预算文件中还没有预算。");
                return YusuanCommand.REFUSED;
            }
            var out = spec.commandLine().getOut();
            for (ExplanationSection section : sections.get()) {
                out.println(section.title());
                for (String paragraph : section.paragraphs()) {
                    String chart = ExplanationSection.chartOf(paragraph);
                    out.println(chart == null ? "    " + paragraph : "    [图表：" + chart + "]");
                }
                out.println();
            }
            out.flush();
            return 0;
        }
    }
}
