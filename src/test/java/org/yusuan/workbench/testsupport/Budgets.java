package org.yusuan.workbench.testsupport;

import java.math.RoundingMode;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.budget.ProjectLine;
import org.yusuan.workbench.domain.narrative.StateAsset;
import org.yusuan.workbench.domain.performance.PerformanceForm;

/** Comparisons of budgets that differ only in what the database assigns. */
public final class Budgets {

    private Budgets() {
    }

    /** The same budget with every database id set to 0, as the workbook reader produces it. */
    public static Budget withoutIds(Budget b) {
        return new Budget(b.department(), b.units(), b.staffing(),
                b.basicLines().stream().map(l -> l.withId(0)).toList(),
                b.projects().stream().map(Budgets::withoutIds).toList(),
                b.forms().stream().map(f -> new PerformanceForm(0, f.projectCode(), f.title(), f.implementationFunds(),
                        f.yearFunds(), f.texts(), f.indicators())).toList(),
                b.priorYear(), b.stateAssets(), b.narrative());
    }

    /** State-asset counts and areas at scale 2 (the store's DECIMAL(18,2)); see the round-trip bug. */
    public static Budget withQuantitiesAtScale2(Budget b) {
        return new Budget(b.department(), b.units(), b.staffing(), b.basicLines(), b.projects(), b.forms(),
                b.priorYear(), b.stateAssets().stream().map(a -> new StateAsset(a.item(), scale2(a.count()), a.unit(),
                        scale2(a.area()), a.value())).toList(),
                b.narrative());
    }

    private static java.math.BigDecimal scale2(java.math.BigDecimal quantity) {
        return quantity == null ? null : quantity.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static Project withoutIds(Project p) {
        return new Project(0, p.code(), p.unitCode(), p.name(), p.category(), p.attribute(), p.period(), p.fundYear(),
                p.procurement(), p.note(), p.lines().stream().map(l -> new ProjectLine(0, l.functionCode(),
                        l.departmentalEconomicCode(), l.source(), l.amount(), l.note())).toList());
    }
}
