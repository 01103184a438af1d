package org.yusuan.workbench.store;

import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;

/** The department's budget kept in a budget file. Every write is one transaction. */
public final class BudgetStore {

    private final DSLContext dsl;

    BudgetStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The budget, or empty for a new file that holds no department yet. */
    public Optional<Budget> load() {
        return dsl.transactionResult(configuration -> new BudgetReader(DSL.using(configuration)).read());
    }

    /**
     * Replaces the whole budget (department, units, lines, projects, forms, figures, texts) with
     * {@code budget}, all or nothing. The chart of accounts is kept.
     */
    public void replace(Budget budget) {
        replace(budget, null);
    }

    /**
     * As {@link #replace(Budget)}, and in the same transaction merges {@code catalog} (when not
     * null) into the file's chart of accounts: a new file gets its catalog and its budget together
     * or not at all.
     */
    public void replace(Budget budget, ChartOfAccounts catalog) {
        dsl.transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            if (catalog != null) {
                CatalogStore.write(tx, catalog.allEntries(), catalog.mappings());
            }
            BudgetWriter writer = new BudgetWriter(tx);
            writer.deleteAll();
            writer.write(budget);
        });
    }
}
