package org.yusuan.workbench.service;

import java.io.IOException;
import java.nio.file.Path;
import org.yusuan.workbench.calc.DisclosureTables;
import org.yusuan.workbench.calc.ledger.BudgetLedger;
import org.yusuan.workbench.calc.narrative.NarrativeCalculator;
import org.yusuan.workbench.calc.narrative.NarrativeText;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;
import org.yusuan.workbench.domain.publication.BookletOptions;
import org.yusuan.workbench.domain.publication.Wording;
import org.yusuan.workbench.report.booklet.BookletContent;
import org.yusuan.workbench.report.booklet.BookletWriter;
import org.yusuan.workbench.report.booklet.FormPages;
import org.yusuan.workbench.report.forms.BookletForms;
import org.yusuan.workbench.store.BudgetDatabase;

/** The disclosure booklet (PDF) of the budget in a file. */
public final class BookletExport {

    private BookletExport() {
    }

    /** Starts loading fonts and chart classes while the caller opens the budget file. */
    public static void prepare() {
        BookletWriter.prepareInBackground();
    }

    /** The booklet with its 绩效目标申报表 attached under 十、绩效管理情况. */
    public static boolean write(BudgetDatabase db, Path target, BookletOptions options) throws IOException {
        return write(db, target, options, new BookletForms());
    }

    /**
     * Writes the booklet to {@code target}, with {@code forms} attached under 十; false (and nothing
     * written) when the file holds no budget yet.
     *
     * @throws IOException when the target cannot be written; an existing file is then left as it was
     */
    public static boolean write(BudgetDatabase db, Path target, BookletOptions options, FormPages forms)
            throws IOException {
        var budget = db.budgets().load();
        if (budget.isEmpty()) {
            return false;
        }
        write(budget.get(), db.catalog().load(), db.wording().load(), target, options, forms);
        return true;
    }

    /** The booklet of a budget in memory (the workstation's current one), forms attached. */
    public static void write(Budget budget, ChartOfAccounts chart, Path target, BookletOptions options)
            throws IOException {
        write(budget, chart, Wording.NONE, target, options, new BookletForms());
    }

    /** The booklet of a budget in memory in its file's wording (the workstation's current one), forms attached. */
    public static void write(Budget budget, ChartOfAccounts chart, Wording wording, Path target,
                             BookletOptions options) throws IOException {
        write(budget, chart, wording, target, options, new BookletForms());
    }

    private static void write(Budget budget, ChartOfAccounts chart, Wording wording, Path target,
                              BookletOptions options, FormPages forms) throws IOException {
        BookletContent content = content(budget, chart, wording);
        OutputFiles.replace(target, out -> BookletWriter.write(content, options, forms, out));
    }

    /** Everything the booklet prints, derived once from one ledger. */
    public static BookletContent content(Budget budget, ChartOfAccounts chart) {
        return content(budget, chart, Wording.NONE);
    }

    /** As {@link #content(Budget, ChartOfAccounts)}, in a file's wording (titles, 情况说明, booklet texts). */
    public static BookletContent content(Budget budget, ChartOfAccounts chart, Wording wording) {
        BudgetLedger ledger = new BudgetLedger(budget, chart);
        var figures = NarrativeCalculator.compute(budget, ledger);
        return new BookletContent(budget, new DisclosureTables(ledger, wording).all(),
                NarrativeText.render(budget, figures, wording), figures, wording);
    }
}
