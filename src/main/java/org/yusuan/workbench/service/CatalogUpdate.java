package org.yusuan.workbench.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yusuan.workbench.domain.classification.CatalogEntry;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;
import org.yusuan.workbench.domain.input.ImportProblem;
import org.yusuan.workbench.exchange.catalog.BuiltInCatalog;
import org.yusuan.workbench.exchange.catalog.CatalogFiles;
import org.yusuan.workbench.exchange.catalog.CatalogImport;
import org.yusuan.workbench.exchange.sheet.Sheet;
import org.yusuan.workbench.store.BudgetDatabase;

/** Merges an official catalog file into a budget file's chart of accounts, all or nothing. */
public final class CatalogUpdate {

    /**
     * @param merged   number of entries added or renamed (or, when {@code replaced}, the catalog's entries)
     * @param replaced whether the file held a catalog carried from an earlier year that the complete
     *                 list of the budget year replaced
     */
    public record Outcome(int merged, List<ImportProblem> problems, boolean replaced) {

        public Outcome(int merged, List<ImportProblem> problems) {
            this(merged, problems, false);
        }
    }

    private CatalogUpdate() {
    }

    public static Outcome run(BudgetDatabase db, Path file) throws IOException {
        CatalogFiles.Read read = CatalogFiles.read(file);
        if (!read.faults().isEmpty()) {
            return new Outcome(0, read.faults().stream().map(ImportProblem::ofFile).toList());
        }
        Sheet sheet = read.sheet();
        int year = db.budgets().load().map(b -> b.department().budgetYear())
                .orElseGet(() -> BuiltInCatalog.yearFor(java.time.Year.now().getValue()));
        // A new file has no catalog yet: the official file extends the built-in one, it does not replace it.
        boolean newFile = db.catalog().isEmpty();
        ChartOfAccounts existing = newFile ? BuiltInCatalog.load(year) : db.catalog().load();
        String provenance = "导入：" + file.getFileName() + "（" + java.time.LocalDate.now() + "）";
        if (!newFile && isCarried(existing, year)) {
            // A catalog carried from an earlier year (no catalog of the budget year was shipped): the
            // year's list, when complete in itself (every parent in the file), replaces it whole.
            CatalogImport.Result whole = CatalogImport.check(sheet, ChartOfAccounts.empty(), year, provenance);
            if (whole.isOk()) {
                db.catalog().replace(whole.entries(), existing.mappings());
                return new Outcome(whole.entries().size(), List.of(), true);
            }
        }
        CatalogImport.Result result = CatalogImport.check(sheet, existing, year, provenance);
        if (!result.isOk()) {
            return new Outcome(0, result.problems());
        }
        List<CatalogEntry> entries = new ArrayList<>();
        if (newFile) {
            entries.addAll(existing.allEntries());
        }
        entries.addAll(result.entries());
        db.catalog().merge(entries, newFile ? existing.mappings() : List.of());
        return new Outcome(result.entries().size(), List.of());
    }

    /** The catalog holds entries of an earlier year than the budget's (carried, perhaps with additions). */
    private static boolean isCarried(ChartOfAccounts catalog, int budgetYear) {
        return catalog.allEntries().stream().anyMatch(e -> e.year() < budgetYear);
    }
}
