package org.yusuan.workbench.audit;

import java.util.Objects;
import java.util.Optional;
import org.yusuan.workbench.calc.BudgetLedger;
import org.yusuan.workbench.calc.DisclosureTables;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.BudgetUnit;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;

/** What the rules look at: the budget as entered, its year's catalog and the derived tables. */
public record AuditContext(Budget budget, ChartOfAccounts chart, DisclosureTables tables) {

    public AuditContext {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(tables, "tables");
    }

    /** Derives the tables of {@code budget}; use the constructor to share tables a screen already keeps. */
    public static AuditContext of(Budget budget, ChartOfAccounts chart) {
        return new AuditContext(budget, chart, new DisclosureTables(new BudgetLedger(budget, chart)));
    }

    /** "单位名称（编码）", or the code alone for a unit the budget does not have. */
    public String unitName(String unitCode) {
        return budget.unit(unitCode).map(BudgetUnit::name).orElse(unitCode);
    }

    public Optional<Project> project(String code) {
        return code == null ? Optional.empty() : budget.project(code);
    }

    /** "项目「名称」（单位名称）" for messages. */
    public String projectLabel(Project p) {
        return "项目「" + p.name() + "」（" + unitName(p.unitCode()) + "）";
    }

    /** The form's project in words, or 部门整体绩效目标. */
    public String formLabel(String projectCode) {
        return project(projectCode).map(p -> "「" + p.name() + "」的绩效目标表")
                .orElse(projectCode == null ? "部门整体绩效目标表" : "项目编码 " + projectCode + " 的绩效目标表");
    }
}
