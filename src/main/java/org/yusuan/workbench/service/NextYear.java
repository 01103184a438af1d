package org.yusuan.workbench.service;

import java.nio.file.Path;
import org.yusuan.workbench.calc.ledger.BudgetLedger;
import org.yusuan.workbench.calc.narrative.NarrativeCalculator;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.classification.CatalogEntry;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;
import org.yusuan.workbench.domain.classification.CodeSuccessors;
import org.yusuan.workbench.domain.input.BudgetFileException;
import org.yusuan.workbench.exchange.catalog.BuiltInCatalog;
import org.yusuan.workbench.domain.publication.Wording;
import org.yusuan.workbench.service.wording.WordingTemplates;
import org.yusuan.workbench.store.BudgetDatabase;
import org.yusuan.workbench.text.Texts;

/**
 * 新建下一年度预算: a new budget file for the year after last year's file, created whole or not at
 * all, while last year's file is only read (opened read-only, never changed). What is carried and
 * what is not is {@link NextYearCarry}'s rule; the catalog is the new year's built-in one when the
 * program ships it (codes moved through the year-to-year mapping), else last year's file's own
 * catalog, with a notice.
 */
public final class NextYear {

    private static final Texts TEXTS = Texts.of("org.yusuan.workbench.service");

    private NextYear() {
    }

    /** With the shipped catalogs. */
    static NextYearReport create(Path from, Path to) {
        return create(from, to, BuiltInCatalog.shipped());
    }

    /**
     * @throws BudgetFileException (with a sentence for the user) when {@code to} exists, {@code from}
     *                             holds no budget or cannot be opened; then no file was created
     */
    static NextYearReport create(Path from, Path to, BuiltInCatalog shelf) {
        Path target = refuseExisting(to);
        Path source = BudgetDatabase.normalize(from).toAbsolutePath();
        try (BudgetDatabase db = BudgetDatabase.openReadOnly(source)) {
            return create(db, source, target, shelf);
        }
    }

    /**
     * From a file the caller has open (the workstation's own file, which a second connection could not
     * open): it is only read.
     */
    static NextYearReport fromOpen(BudgetDatabase open, Path to) {
        return create(open, open.file().toAbsolutePath(), refuseExisting(to), BuiltInCatalog.shipped());
    }

    private static Path refuseExisting(Path to) {
        Path target = BudgetDatabase.normalize(to).toAbsolutePath();
        if (BudgetDatabase.exists(target)) {
            throw new BudgetFileException(TEXTS.get("nextYear.targetExists", target), null);
        }
        return target;
    }

    private static NextYearReport create(BudgetDatabase db, Path source, Path target, BuiltInCatalog shelf) {
        Budget old = db.budgets().load().orElseThrow(
                () -> new BudgetFileException(TEXTS.get("nextYear.noBudget", source), null));
        ChartOfAccounts oldChart = db.catalog().load();
        int oldYear = old.department().budgetYear();
        int newYear = oldYear + 1;
        // Last year's catalog is of the oldest year among its codes (a carried catalog with a few codes of the
        // year added is still the earlier year's; one replaced by the year's official list is that year's).
        int fromCatalog = oldChart.allEntries().stream().mapToInt(CatalogEntry::year).min()
                .orElse(shelf.catalogYearFor(oldYear));
        int toCatalog = shelf.catalogYearFor(newYear);
        // A newer catalog on the shelf replaces last year's, codes moved through the mappings of the years
        // between; otherwise last year's file's own catalog (with whatever official list was imported into
        // it) is the nearest earlier one and is carried.
        boolean newerCatalog = toCatalog > fromCatalog;
        ChartOfAccounts newChart = newerCatalog ? shelf.chartFor(newYear) : oldChart;
        CodeSuccessors successors = newerCatalog ? shelf.successors(fromCatalog, toCatalog) : CodeSuccessors.none();
        int catalogYear = newerCatalog ? toCatalog : fromCatalog;

        var figures = NarrativeCalculator.compute(old, new BudgetLedger(old, oldChart));
        NextYearCarry.Carried carried = NextYearCarry.carry(old, figures, newChart, successors);
        Budget budget = carried.budget();
        Wording wording = WordingTemplates.nextYear(db.wording().load(), newYear);
        BudgetDatabase.create(target, created -> {
            created.budgets().replace(budget, newChart);
            WordingEdits.write(created, wording);
            return true;
        });
        return new NextYearReport(source, target, old.department().name(), oldYear, newYear, catalogYear,
                catalogYear >= newYear, budget.units().size(), budget.basicLines().size(), budget.projectLineCount(),
                budget.forms().size(), budget.stateAssets().size(), carried.continuing(), carried.ended(),
                carried.toCheck(), carried.carriedOverLeftOut(), carried.basicCarriedOverLeftOut(),
                carried.basicCarriedOverAmount(), carried.recoded(), carried.unmapped(), carried.priorYear(),
                WordingTemplates.ownTexts(wording));
    }
}
