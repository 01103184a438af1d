package org.yusuan.workbench.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.service.BudgetSummary;
import org.yusuan.workbench.service.BudgetFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "info", description = "显示预算概况：单位、明细、项目、绩效目标的数量和金额合计。")
final class InfoCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (BudgetFile file = OpenedFile.openExisting(db, spec)) {
            if (file == null) {
                return YusuanCommand.FILE_ERROR;
            }
            var budget = file.budget();
            if (budget.isEmpty()) {
                spec.commandLine().getOut().println("预算文件中还没有预算。可用 yusuan sample 或 yusuan import 创建。");
                return 0;
            }
            print(spec.commandLine().getOut(), BudgetSummary.of(budget.get()));
            return 0;
        }
    }

    /**
     * Reports what a command stored: opens the file again after the command closed it, so what is
     * printed was read back from disk, and prints {@code done} and the summary.
     */
    static void printStored(PrintWriter out, String done, java.nio.file.Path file) {
        BudgetSummary summary;
        try (BudgetFile opened = OpenedFile.FILES.open(file)) {
            summary = BudgetSummary.of(opened.budget().orElseThrow());
        }
        out.println(done + OpenedFile.FILES.onDisk(file));
        print(out, summary);
    }

    static void print(PrintWriter out, BudgetSummary s) {
        out.printf("部门：%s %s（%d 年度）%n", s.departmentCode(), s.departmentName(), s.budgetYear());
        out.printf("单位：%d 个%n", s.units());
        out.printf("基本支出明细：%d 行%n", s.basicLines());
        out.printf("项目：%d 个（本年 %d 个，上年结转 %d 个），项目明细 %d 行%n", s.projects(), s.currentProjects(),
                s.carriedOverProjects(), s.projectLines());
        out.printf("绩效目标申报表：%d 张，三级指标 %d 个%n", s.forms(), s.indicators());
        out.println("金额                              元              万元");
        row(out, "本年收入合计", s.currentYearTotal());
        row(out, "  其中：基本支出", s.basicCurrent());
        row(out, "        项目支出", s.projectCurrent());
        row(out, "上年结转", s.carriedOverTotal());
        row(out, "  其中：基本支出", s.basicCarriedOver());
        row(out, "        项目支出", s.projectCarriedOver());
        row(out, "收入总计", s.grandTotal());
    }

    private static void row(PrintWriter out, String label, Yuan amount) {
        // Chinese characters take two columns in a terminal; pad by display width.
        int width = label.codePoints().map(c -> c < 0x2E80 ? 1 : 2).sum();
        out.println(label + " ".repeat(Math.max(1, 20 - width))
                + String.format("%18s %14s", amount.format(), amount.toWanYuan().grouped()));
    }
}
