package org.yusuan.workbench.service;

import java.util.List;
import java.util.Optional;
import org.yusuan.workbench.calc.ledger.BudgetLedger;
import org.yusuan.workbench.calc.narrative.ExplanationSection;
import org.yusuan.workbench.calc.narrative.NarrativeCalculator;
import org.yusuan.workbench.calc.narrative.NarrativeText;
import org.yusuan.workbench.store.BudgetDatabase;

/** 情况说明 of the budget in a file, written out from the computed figures. */
public final class BudgetExplanation {

    private BudgetExplanation() {
    }

    /** Empty when the file holds no budget yet. */
    public static Optional<List<ExplanationSection>> render(BudgetDatabase db) {
        var chart = db.catalog().load();
        var wording = db.wording().load();
        return db.budgets().load().map(budget -> NarrativeText.render(budget,
                NarrativeCalculator.compute(budget, new BudgetLedger(budget, chart)), wording));
    }
}
