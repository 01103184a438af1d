package org.yusuan.workbench.report.booklet;

import com.itextpdf.layout.Document;
import java.util.Map;
import java.util.Optional;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.Staffing;
import org.yusuan.workbench.domain.narrative.NarrativeSection;

/** 第一部分 概况: the department's duties and organisation in its own words, and its staffing. */
final class OverviewPart {

    private OverviewPart() {
    }

    static void add(Document document, BookletStyle style, BookletTemplate template, Contents contents, Budget budget) {
        BookletStyle.newPage(document, BookletStyle.PORTRAIT);
        document.add(style.part(contents, template.text("part1.title")));
        document.add(style.section(contents, template.text("part1.duties")));
        Paragraphs.of(budget.narrative().get(NarrativeSection.DUTIES)).forEach(p -> document.add(style.body(p)));
        document.add(style.section(contents, template.text("part1.organisation")));
        document.add(style.subsection(contents, template.text("part1.organisation.offices")));
        Paragraphs.of(budget.narrative().get(NarrativeSection.ORGANISATION))
                .forEach(p -> document.add(style.body(p)));
        staffing(template, budget).ifPresent(sentence -> document.add(style.body(sentence)));
    }

    /**
     * "编制人员共244人,实有在职人数219人。": sums over every unit and staff category; absent when no
     * staffing was entered, so that the booklet never states 0人 as a fact (the audit's D.staffing
     * says what is missing).
     */
    static Optional<String> staffing(BookletTemplate template, Budget budget) {
        return Staffing.totals(budget.staffing()).map(t -> template.text("part1.staffing",
                Map.of("authorized", String.valueOf(t.authorized()), "actual", String.valueOf(t.actual()))));
    }
}
