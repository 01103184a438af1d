package org.yusuan.workbench.service;

import java.util.Optional;
import org.yusuan.workbench.audit.Audit;
import org.yusuan.workbench.audit.AuditReport;
import org.yusuan.workbench.store.BudgetDatabase;

/** 审核 the budget in a file: loads budget and catalog and runs every rule. */
public final class BudgetAudit {

    private BudgetAudit() {
    }

    /** Empty when the file holds no budget yet. */
    public static Optional<AuditReport> run(BudgetDatabase db) {
        var chart = db.catalog().load();
        return db.budgets().load().map(budget -> Audit.standard(UserWordList.load()).run(budget, chart));
    }
}
