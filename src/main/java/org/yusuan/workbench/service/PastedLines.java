package org.yusuan.workbench.service;

import java.util.List;
import org.yusuan.workbench.domain.budget.BasicExpenditureLine;
import org.yusuan.workbench.domain.input.ImportProblem;
import org.yusuan.workbench.exchange.workbook.BasicLinePaste;

/**
 * Rows copied from Excel or WPS (columns as in the 基本支出 sheet), read with exactly the import's
 * rules against the budget being edited: every row valid, or the problems that refuse them all.
 */
public record PastedLines(List<BasicExpenditureLine> lines, List<ImportProblem> problems) {

    public PastedLines {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
    }

    /** Reads {@code clipboard} (tab-separated rows) for {@code workspace}'s units and chart. */
    public static PastedLines read(String clipboard, BudgetWorkspace workspace) {
        var result = BasicLinePaste.read(clipboard, workspace.chart(), workspace.budget().units());
        return new PastedLines(result.lines(), result.problems());
    }

    public boolean isOk() {
        return problems.isEmpty();
    }
}
