package org.yusuan.workbench.service;

import java.util.List;
import java.util.Optional;
import org.yusuan.workbench.calc.DisclosureTables;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.store.BudgetDatabase;

/** The 13 disclosure tables of the budget in a file. */
public final class BudgetTables {

    private BudgetTables() {
    }

    /** Empty when the file holds no budget yet. */
    public static Optional<List<DisclosureTable>> derive(BudgetDatabase db) {
        var chart = db.catalog().load();
        return db.budgets().load().map(budget -> DisclosureTables.derive(budget, chart));
    }
}
