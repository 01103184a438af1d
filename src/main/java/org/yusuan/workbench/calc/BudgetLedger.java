package org.yusuan.workbench.calc;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.BudgetUnit;
import org.yusuan.workbench.domain.budget.Department;
import org.yusuan.workbench.domain.budget.ExpenseKind;
import org.yusuan.workbench.domain.budget.FundYear;
import org.yusuan.workbench.domain.budget.FundingSource;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;
import org.yusuan.workbench.domain.money.Yuan;

/**
 * Exact 元 sums of a budget by the keys the disclosure tables need. Built once from all postings;
 * afterwards an edit is {@link #remove} of the old posting and {@link #add} of the new one, each
 * touching five sums at most. Every aggregate carries a version so derived tables know when they
 * are stale.
 */
public final class BudgetLedger {

    /** 功能项 × year × nature × source. */
    public record FunctionKey(String functionCode, FundYear year, Nature nature, FundingSource source) {
    }

    /** Basic lines: 部门经济款 × 政府经济款 × kind × source × year. */
    public record BasicEconomicKey(String departmental, String government, ExpenseKind kind, FundingSource source,
                                   FundYear year) {
    }

    /** Any line with an economic 款: 款 × source × year. */
    public record EconomicKey(String departmental, FundingSource source, FundYear year) {
    }

    /** Basic lines: unit × kind × source × year. */
    public record UnitKindKey(String unitCode, ExpenseKind kind, FundingSource source, FundYear year) {
    }

    /** Project lines: project × source. */
    public record ProjectKey(String projectCode, FundingSource source) {
    }

    private final ChartOfAccounts chart;
    private final Sums<FunctionKey> functional = new Sums<>();
    private final Sums<BasicEconomicKey> basicEconomic = new Sums<>();
    private final Sums<EconomicKey> economic = new Sums<>();
    private final Sums<UnitKindKey> unitKind = new Sums<>();
    private final Sums<ProjectKey> projects = new Sums<>();
    private final Map<Aggregate, Long> versions = new EnumMap<>(Aggregate.class);
    private Department department;
    private List<BudgetUnit> units;
    private List<Project> projectList;

    public BudgetLedger(Budget budget, ChartOfAccounts chart) {
        this.chart = chart;
        for (Aggregate a : Aggregate.values()) {
            versions.put(a, 0L);
        }
        restructure(budget);
        Postings.of(budget, chart).forEach(this::add);
    }

    /**
     * Takes the department, units and projects (names, order, types) from {@code budget}; the sums
     * are untouched. Call after a change that is not a line amount or code.
     */
    public void restructure(Budget budget) {
        this.department = budget.department();
        this.units = budget.units();
        this.projectList = budget.projects();
        bump(Aggregate.STRUCTURE);
    }

    public void add(Posting p) {
        post(p, p.amount());
    }

    public void remove(Posting p) {
        post(p, p.amount().negate());
    }

    private void post(Posting p, Yuan amount) {
        functional.add(new FunctionKey(p.functionCode(), p.fundYear(), p.nature(), p.source()), amount);
        bump(Aggregate.FUNCTIONAL);
        if (p.departmentalEconomicCode() != null) {
            economic.add(new EconomicKey(p.departmentalEconomicCode(), p.source(), p.fundYear()), amount);
            bump(Aggregate.ECONOMIC);
        }
        if (p.nature() == Nature.BASIC) {
            basicEconomic.add(new BasicEconomicKey(p.departmentalEconomicCode(), p.governmentEconomicCode(),
                    p.expenseKind(), p.source(), p.fundYear()), amount);
            unitKind.add(new UnitKindKey(p.unitCode(), p.expenseKind(), p.source(), p.fundYear()), amount);
            bump(Aggregate.BASIC_ECONOMIC);
            bump(Aggregate.UNIT_KIND);
        } else {
            projects.add(new ProjectKey(p.projectCode(), p.source()), amount);
            bump(Aggregate.PROJECT);
        }
    }

    private void bump(Aggregate aggregate) {
        versions.merge(aggregate, 1L, Long::sum);
    }

    public long version(Aggregate aggregate) {
        return versions.get(aggregate);
    }

    public ChartOfAccounts chart() {
        return chart;
    }

    public Department department() {
        return department;
    }

    public List<BudgetUnit> units() {
        return units;
    }

    public List<Project> projects() {
        return projectList;
    }

    public Map<FunctionKey, Yuan> functional() {
        return functional.view();
    }

    public Map<BasicEconomicKey, Yuan> basicEconomic() {
        return basicEconomic.view();
    }

    public Map<EconomicKey, Yuan> economic() {
        return economic.view();
    }

    public Map<UnitKindKey, Yuan> unitKind() {
        return unitKind.view();
    }

    public Yuan project(String projectCode, FundingSource source) {
        return projects.get(new ProjectKey(projectCode, source));
    }

    /** Exact total over the functional sums that pass the filter. */
    public Yuan functionalTotal(java.util.function.Predicate<FunctionKey> filter) {
        return functional.sum(filter);
    }
}
