package org.yusuan.workbench.calc.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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

    // The four keys spell out equals and hashCode, which records would otherwise generate: the
    // generated ones are bootstrapped through method handles on first use, about 4 ms each on a
    // fresh JVM, and every command that derives the tables uses all eight (docs/performance.md).

    /** 功能项 × year × nature × source. */
    public record FunctionKey(String functionCode, FundYear year, Nature nature, FundingSource source) {

        @Override
        public boolean equals(Object o) {
            return o instanceof FunctionKey other && Objects.equals(functionCode, other.functionCode)
                    && Objects.equals(year, other.year)
                    && Objects.equals(nature, other.nature)
                    && Objects.equals(source, other.source);
        }

        @Override
        public int hashCode() {
            int h = Objects.hashCode(functionCode);
            h = 31 * h + Objects.hashCode(year);
            h = 31 * h + Objects.hashCode(nature);
            h = 31 * h + Objects.hashCode(source);
            return h;
        }
    }

    /** Basic lines: 部门经济款 × 政府经济款 × kind × source × year. */
    public record BasicEconomicKey(String departmental, String government, ExpenseKind kind, FundingSource source,
                                   FundYear year) {

        @Override
        public boolean equals(Object o) {
            return o instanceof BasicEconomicKey other && Objects.equals(departmental, other.departmental)
                    && Objects.equals(government, other.government)
                    && Objects.equals(kind, other.kind)
                    && Objects.equals(source, other.source)
                    && Objects.equals(year, other.year);
        }

        @Override
        public int hashCode() {
            int h = Objects.hashCode(departmental);
            h = 31 * h + Objects.hashCode(government);
            h = 31 * h + Objects.hashCode(kind);
            h = 31 * h + Objects.hashCode(source);
            h = 31 * h + Objects.hashCode(year);
            return h;
        }
    }

    /** Any line with an economic 款: 款 × source × year. */
    public record EconomicKey(String departmental, FundingSource source, FundYear year) {

        @Override
        public boolean equals(Object o) {
            return o instanceof EconomicKey other && Objects.equals(departmental, other.departmental)
                    && Objects.equals(source, other.source)
                    && Objects.equals(year, other.year);
        }

        @Override
        public int hashCode() {
            int h = Objects.hashCode(departmental);
            h = 31 * h + Objects.hashCode(source);
            h = 31 * h + Objects.hashCode(year);
            return h;
        }
    }

    /** Basic lines: unit × kind × source × year. */
    public record UnitKindKey(String unitCode, ExpenseKind kind, FundingSource source, FundYear year) {

        @Override
        public boolean equals(Object o) {
            return o instanceof UnitKindKey other && Objects.equals(unitCode, other.unitCode)
                    && Objects.equals(kind, other.kind)
                    && Objects.equals(source, other.source)
                    && Objects.equals(year, other.year);
        }

        @Override
        public int hashCode() {
            int h = Objects.hashCode(unitCode);
            h = 31 * h + Objects.hashCode(kind);
            h = 31 * h + Objects.hashCode(source);
            h = 31 * h + Objects.hashCode(year);
            return h;
        }
    }

    /** Project postings remembered for {@link #projectsChangedSince}; a user's edits stay far below it. */
    public static final int JOURNAL_LIMIT = 4096;
    private static final FundingSource[] SOURCES = FundingSource.values();

    private final ChartOfAccounts chart;
    private final Sums<FunctionKey> functional = new Sums<>();
    private final Sums<BasicEconomicKey> basicEconomic = new Sums<>();
    private final Sums<EconomicKey> economic = new Sums<>();
    private final Sums<UnitKindKey> unitKind = new Sums<>();
    /**
     * Project lines by project, one sum per source (indexed by {@link FundingSource#ordinal()}): tables
     * 12 and 13 read all five sums of every project, so one lookup by code (no key record to build)
     * serves a whole row. A project whose sums all return to zero is dropped, as in {@link Sums}.
     */
    private final Map<String, Yuan[]> projects = new HashMap<>();
    /**
     * Codes of the projects posted to, oldest first: entry {@code i} is the posting that raised
     * {@link Aggregate#PROJECT} to {@code projectJournalBase + i + 1}. Lets tables 12 and 13 patch the
     * rows of the edited projects instead of walking every project. Bounded: past
     * {@link #JOURNAL_LIMIT} entries it starts afresh and readers further behind re-derive in full.
     */
    private final List<String> projectJournal = new ArrayList<>();
    private long projectJournalBase;
    private final long[] versions = new long[Aggregate.values().length];
    private Department department;
    private List<BudgetUnit> units;
    private List<Project> projectList;

    public BudgetLedger(Budget budget, ChartOfAccounts chart) {
        this.chart = chart;
        restructure(budget);
        // Straight from the lines: no intermediate list of every posting.
        Postings postings = new Postings(budget, chart);
        budget.basicLines().forEach(l -> add(postings.basic(l)));
        budget.projects().forEach(p -> p.lines().forEach(l -> add(postings.project(p, l))));
        // The initial postings are no edits: nobody has read the ledger before them.
        projectJournal.clear();
        projectJournalBase = version(Aggregate.PROJECT);
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
            postProject(p.projectCode(), p.source(), amount);
        }
    }

    private void postProject(String projectCode, FundingSource source, Yuan amount) {
        Yuan[] sums = projects.computeIfAbsent(projectCode, c -> zeros());
        Yuan sum = sums[source.ordinal()].plus(amount);
        sums[source.ordinal()] = sum.isZero() ? Yuan.ZERO : sum;
        if (allZero(sums)) {
            projects.remove(projectCode);
        }
        bump(Aggregate.PROJECT);
        if (projectJournal.size() >= JOURNAL_LIMIT) {
            projectJournal.clear();
            projectJournalBase = version(Aggregate.PROJECT) - 1;
        }
        projectJournal.add(projectCode);
    }

    private static Yuan[] zeros() {
        Yuan[] sums = new Yuan[SOURCES.length];
        Arrays.fill(sums, Yuan.ZERO);
        return sums;
    }

    private static boolean allZero(Yuan[] sums) {
        for (Yuan sum : sums) {
            if (!sum.isZero()) {
                return false;
            }
        }
        return true;
    }

    private void bump(Aggregate aggregate) {
        versions[aggregate.ordinal()]++;
    }

    public long version(Aggregate aggregate) {
        return versions[aggregate.ordinal()];
    }

    /**
     * Codes of the projects whose sums may have changed since {@link Aggregate#PROJECT} was at
     * {@code projectVersion}; empty when the ledger no longer knows (too many edits since, or a
     * version it never had), in which case the caller re-derives from all projects.
     */
    public Optional<Set<String>> projectsChangedSince(long projectVersion) {
        if (projectVersion < projectJournalBase || projectVersion > version(Aggregate.PROJECT)) {
            return Optional.empty();
        }
        int from = (int) (projectVersion - projectJournalBase);
        return Optional.of(new HashSet<>(projectJournal.subList(from, projectJournal.size())));
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
        Yuan[] sums = projects.get(projectCode);
        return sums == null ? Yuan.ZERO : sums[source.ordinal()];
    }

    /** A project's sums by source, indexed by {@link FundingSource#ordinal()} (a copy; zeros if none). */
    public Yuan[] projectBySource(String projectCode) {
        Yuan[] sums = projects.get(projectCode);
        return sums == null ? zeros() : sums.clone();
    }

    /** Exact total over the functional sums that pass the filter. */
    public Yuan functionalTotal(java.util.function.Predicate<FunctionKey> filter) {
        return functional.sum(filter);
    }
}
