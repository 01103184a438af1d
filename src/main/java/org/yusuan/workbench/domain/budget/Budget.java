package org.yusuan.workbench.domain.budget;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.domain.narrative.NarrativeSection;
import org.yusuan.workbench.domain.narrative.PriorYearItem;
import org.yusuan.workbench.domain.narrative.StateAsset;
import org.yusuan.workbench.domain.performance.PerformanceForm;

/**
 * One department's budget for one year: everything the accountant enters (docs/data-formats.md). An immutable
 * snapshot; lists keep the accountant's order, which is the print order.
 */
public record Budget(Department department, List<BudgetUnit> units, List<Staffing> staffing,
                     List<BasicExpenditureLine> basicLines, List<Project> projects,
                     List<PerformanceForm> forms, Map<PriorYearItem, Yuan> priorYear,
                     List<StateAsset> stateAssets, Map<NarrativeSection, String> narrative) {

    public Budget {
        Objects.requireNonNull(department, "department");
        units = List.copyOf(units);
        staffing = List.copyOf(staffing);
        basicLines = List.copyOf(basicLines);
        projects = List.copyOf(projects);
        forms = List.copyOf(forms);
        priorYear = Map.copyOf(priorYear);
        stateAssets = List.copyOf(stateAssets);
        narrative = Map.copyOf(narrative);
    }

    // Withers: the budget with one part replaced, so a change names only what it changes.

    public Budget withDepartment(Department department) {
        return new Budget(department, units, staffing, basicLines, projects, forms, priorYear, stateAssets, narrative);
    }

    /** Units with their staffing, lines and projects, which move together when a unit's code changes. */
    public Budget withUnits(List<BudgetUnit> units, List<Staffing> staffing, List<BasicExpenditureLine> basicLines,
                            List<Project> projects) {
        return new Budget(department, units, staffing, basicLines, projects, forms, priorYear, stateAssets, narrative);
    }

    public Budget withStaffing(List<Staffing> staffing) {
        return new Budget(department, units, staffing, basicLines, projects, forms, priorYear, stateAssets, narrative);
    }

    public Budget withBasicLines(List<BasicExpenditureLine> basicLines) {
        return new Budget(department, units, staffing, basicLines, projects, forms, priorYear, stateAssets, narrative);
    }

    public Budget withProjects(List<Project> projects) {
        return new Budget(department, units, staffing, basicLines, projects, forms, priorYear, stateAssets, narrative);
    }

    public Budget withForms(List<PerformanceForm> forms) {
        return new Budget(department, units, staffing, basicLines, projects, forms, priorYear, stateAssets, narrative);
    }

    public Budget withPriorYear(Map<PriorYearItem, Yuan> priorYear) {
        return new Budget(department, units, staffing, basicLines, projects, forms, priorYear, stateAssets, narrative);
    }

    public Budget withStateAssets(List<StateAsset> stateAssets) {
        return new Budget(department, units, staffing, basicLines, projects, forms, priorYear, stateAssets, narrative);
    }

    public Budget withNarrative(Map<NarrativeSection, String> narrative) {
        return new Budget(department, units, staffing, basicLines, projects, forms, priorYear, stateAssets, narrative);
    }

    public Optional<BudgetUnit> unit(String code) {
        return units.stream().filter(u -> u.code().equals(code)).findFirst();
    }

    public Optional<Project> project(String code) {
        return projects.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    public Optional<PerformanceForm> formOf(String projectCode) {
        return forms.stream().filter(f -> Objects.equals(f.projectCode(), projectCode)).findFirst();
    }

    public int projectLineCount() {
        return projects.stream().mapToInt(p -> p.lines().size()).sum();
    }

    public int indicatorCount() {
        return forms.stream().mapToInt(f -> f.indicators().size()).sum();
    }

    /** Exact sum of the basic lines of one fund year. */
    public Yuan basicTotal(FundYear year) {
        return sum(basicLines.stream().filter(l -> l.fundYear() == year).map(BasicExpenditureLine::amount));
    }

    /** Exact sum of the project lines of projects of one fund year. */
    public Yuan projectTotal(FundYear year) {
        return sum(projects.stream().filter(byYear(year)).flatMap(p -> p.lines().stream()).map(ProjectLine::amount));
    }

    /** 本年 (current-year) or 上年结转 total over basic and project lines. */
    public Yuan total(FundYear year) {
        return basicTotal(year).plus(projectTotal(year));
    }

    public Yuan grandTotal() {
        return total(FundYear.CURRENT).plus(total(FundYear.CARRIED_OVER));
    }

    private static Predicate<Project> byYear(FundYear year) {
        return p -> p.fundYear() == year;
    }

    private static Yuan sum(Stream<Yuan> amounts) {
        return amounts.reduce(Yuan.ZERO, Yuan::plus);
    }
}
