package org.yusuan.workbench.audit;

import static org.yusuan.workbench.audit.AuditTexts.TEXTS;

import java.util.List;
import org.yusuan.workbench.domain.classification.CatalogEntry;

/**
 * The file's catalog is of an earlier year than the budget: a budget year without a catalog of its
 * own starts from the nearest earlier one (the program ships no newer one, or next year's budget was
 * made from last year's file), and the year's complete official list, once imported, replaces it.
 */
final class CatalogYearRule implements AuditRule {

    @Override
    public String id() {
        return "C.year";
    }

    @Override
    public Severity severity() {
        return Severity.NOTICE;
    }

    @Override
    public List<Finding> check(AuditContext context) {
        int budgetYear = context.budget().department().budgetYear();
        // The oldest year in the catalog: a carried catalog with a few codes of the year added is still carried.
        int catalogYear = context.chart().allEntries().stream().mapToInt(CatalogEntry::year).min().orElse(budgetYear);
        return catalogYear < budgetYear
                ? List.of(finding(TEXTS.get("rule.C.year.message", String.valueOf(budgetYear),
                        String.valueOf(catalogYear)), RecordRef.department()))
                : List.of();
    }
}
