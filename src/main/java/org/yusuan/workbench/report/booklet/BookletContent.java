package org.yusuan.workbench.report.booklet;

import java.util.List;
import org.yusuan.workbench.calc.narrative.ExplanationSection;
import org.yusuan.workbench.calc.narrative.NarrativeFigures;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.domain.budget.Budget;

/**
 * Everything the booklet prints, already computed: the budget (names, texts, staffing), the 13
 * tables, the written-out 情况说明 and the figures behind its chart.
 */
public record BookletContent(Budget budget, List<DisclosureTable> tables, List<ExplanationSection> explanation,
                             NarrativeFigures figures) {

    public BookletContent {
        tables = List.copyOf(tables);
        explanation = List.copyOf(explanation);
    }

    public String departmentName() {
        return budget.department().name();
    }

    public int year() {
        return budget.department().budgetYear();
    }
}
