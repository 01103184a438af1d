package org.yusuan.workbench.cli;

import static org.yusuan.workbench.cli.CliTexts.TEXTS;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.service.BudgetSummary;
import org.yusuan.workbench.service.BudgetFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "info")
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
                spec.commandLine().getOut().println(TEXTS.get("info.noBudget"));
                return 0;
            }
            print(spec.commandLine().getOut(), BudgetSummary.of(budget.get()));
            return 0;
        }
    }

    /**
     * Reports what a command stored: opens the file again after the command closed it, so what is
     * printed was read back from disk, and prints {@code done} (the sentence around the file's path) and
     * the summary.
     */
    static void printStored(PrintWriter out, java.util.function.Function<java.nio.file.Path, String> done,
                            java.nio.file.Path file) {
        BudgetSummary summary;
        try (BudgetFile opened = OpenedFile.FILES.open(file)) {
            summary = BudgetSummary.of(opened.budget().orElseThrow());
        }
        out.println(done.apply(OpenedFile.FILES.onDisk(file)));
        print(out, summary);
    }

    static void print(PrintWriter out, BudgetSummary s) {
        out.println(TEXTS.get("info.department", s.departmentCode(), s.departmentName(), CliTexts.n(s.budgetYear())));
        out.println(TEXTS.get("info.units", CliTexts.n(s.units())));
        out.println(TEXTS.get("info.basicLines", CliTexts.n(s.basicLines())));
        out.println(TEXTS.get("info.projects", CliTexts.n(s.projects()), CliTexts.n(s.currentProjects()),
                CliTexts.n(s.carriedOverProjects()), CliTexts.n(s.projectLines())));
        out.println(TEXTS.get("info.forms", CliTexts.n(s.forms()), CliTexts.n(s.indicators())));
        out.println(TEXTS.get("info.amounts"));
        row(out, TEXTS.get("info.currentYear"), s.currentYearTotal());
        row(out, TEXTS.get("info.ofWhichBasic"), s.basicCurrent());
        row(out, TEXTS.get("info.andProject"), s.projectCurrent());
        row(out, TEXTS.get("info.carriedOver"), s.carriedOverTotal());
        row(out, TEXTS.get("info.ofWhichBasic"), s.basicCarriedOver());
        row(out, TEXTS.get("info.andProject"), s.projectCarriedOver());
        row(out, TEXTS.get("info.grandTotal"), s.grandTotal());
    }

    private static void row(PrintWriter out, String label, Yuan amount) {
        // Chinese characters take two columns in a terminal; pad by display width.
        int width = label.codePoints().map(c -> c < 0x2E80 ? 1 : 2).sum();
        out.println(label + " ".repeat(Math.max(1, 20 - width))
                + String.format("%18s %14s", amount.format(), amount.toWanYuan().grouped()));
    }
}
