package org.yusuan.workbench.fuzz;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.classification.CatalogEntry;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;
import org.yusuan.workbench.domain.classification.EconomicMapping;
import org.yusuan.workbench.report.TableText;
import org.yusuan.workbench.service.BudgetSummary;
import org.yusuan.workbench.service.BudgetTables;
import org.yusuan.workbench.store.BudgetDatabase;

/**
 * What a budget file holds, to tell whether a refused import changed it. The data part (the whole
 * budget record and the catalog) is taken after every execution; the printed part (what
 * {@code yusuan info} and {@code yusuan tables} show) only when the full check asks for it.
 *
 * @param summary null when not taken
 * @param tables  null when not taken
 */
record Fingerprint(Optional<Budget> budget, List<CatalogEntry> catalog, List<EconomicMapping> mappings,
                   BudgetSummary summary, String tables) {

    static Fingerprint data(BudgetDatabase db) {
        ChartOfAccounts chart = db.catalog().load();
        return new Fingerprint(db.budgets().load(), chart.allEntries(), chart.mappings(), null, null);
    }

    static Fingerprint full(BudgetDatabase db) {
        Fingerprint data = data(db);
        StringWriter text = new StringWriter();
        BudgetTables.derive(db).ifPresent(tables -> TableText.write(new PrintWriter(text), tables));
        return new Fingerprint(data.budget, data.catalog, data.mappings, data.budget.map(BudgetSummary::of).orElse(null),
                text.toString());
    }

    boolean sameData(Fingerprint other) {
        return budget.equals(other.budget) && catalog.equals(other.catalog) && mappings.equals(other.mappings);
    }

    /** What differs, for the findings report. */
    String difference(Fingerprint other) {
        if (!budget.equals(other.budget)) {
            return "budget: " + budget.map(BudgetSummary::of).orElse(null) + " -> " + other.budget.map(BudgetSummary::of).orElse(null);
        }
        if (!catalog.equals(other.catalog)) {
            return "catalog: " + catalog.size() + " -> " + other.catalog.size() + " entries";
        }
        if (!mappings.equals(other.mappings)) {
            return "mappings: " + mappings.size() + " -> " + other.mappings.size();
        }
        if (summary != null && other.summary != null && !summary.equals(other.summary)) {
            return "info: " + summary + " -> " + other.summary;
        }
        if (tables != null && other.tables != null && !tables.equals(other.tables)) {
            return "tables text differs";
        }
        return "";
    }
}
