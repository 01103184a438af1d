package org.yusuan.workbench.service;

import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.FundYear;
import org.yusuan.workbench.domain.money.Yuan;

/**
 * What `yusuan info` and the first window show: the counts of what was entered and the totals in
 * 元 (exact) that the tables will be derived from.
 */
public record BudgetSummary(String departmentCode, String departmentName, int budgetYear, int units,
                            int basicLines, int projects, int currentProjects, int carriedOverProjects,
                            int projectLines, int forms, int indicators,
                            Yuan basicCurrent, Yuan basicCarriedOver, Yuan projectCurrent, Yuan projectCarriedOver) {

    public static BudgetSummary of(Budget budget) {
        int carried = (int) budget.projects().stream().filter(p -> p.fundYear() == FundYear.CARRIED_OVER).count();
        return new BudgetSummary(budget.department().code(), budget.department().name(),
                budget.department().budgetYear(), budget.units().size(), budget.basicLines().size(),
                budget.projects().size(), budget.projects().size() - carried, carried,
                budget.projectLineCount(), budget.forms().size(), budget.indicatorCount(),
                budget.basicTotal(FundYear.CURRENT), budget.basicTotal(FundYear.CARRIED_OVER),
                budget.projectTotal(FundYear.CURRENT), budget.projectTotal(FundYear.CARRIED_OVER));
    }

    /** 本年收入合计: this year's money, basic and project. */
    public Yuan currentYearTotal() {
        return basicCurrent.plus(projectCurrent);
    }

    /** 上年结转. */
    public Yuan carriedOverTotal() {
        return basicCarriedOver.plus(projectCarriedOver);
    }

    /** 收入总计 = 支出总计. */
    public Yuan grandTotal() {
        return currentYearTotal().plus(carriedOverTotal());
    }
}
