package org.yusuan.workbench.report.booklet;

import java.util.List;
import org.yusuan.workbench.calc.narrative.ExplanationSection;
import org.yusuan.workbench.calc.narrative.NarrativeFigures;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.publication.Wording;

/**
 * Everything the booklet prints, already computed: the budget (names, texts, staffing), the 13
 * tables, the written-out 情况说明, the figures behind its chart and the file's wording (titles,
 * 名词解释; {@link Wording#NONE}: the shipped template of the year).
 */
public record BookletContent(Budget budget, List<DisclosureTable> tables, List<ExplanationSection> explanation,
                             NarrativeFigures figures, Wording wording) {

    public BookletContent {
        tables = List.copyOf(tables);
        explanation = List.copyOf(explanation);
        java.util.Objects.requireNonNull(wording, "wording");
    }

    /** In the shipped wording of the year. */
    public BookletContent(Budget budget, List<DisclosureTable> tables, List<ExplanationSection> explanation,
                          NarrativeFigures figures) {
        this(budget, tables, explanation, figures, Wording.NONE);
    }

    public String departmentName() {
        return budget.department().name();
    }

    public int year() {
        return budget.department().budgetYear();
    }
}
