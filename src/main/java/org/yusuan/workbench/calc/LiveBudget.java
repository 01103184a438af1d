package org.yusuan.workbench.calc;

import org.yusuan.workbench.calc.ledger.BudgetLedger;
import org.yusuan.workbench.calc.ledger.Postings;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.yusuan.workbench.calc.narrative.NarrativeCalculator;
import org.yusuan.workbench.calc.narrative.NarrativeFigures;
import org.yusuan.workbench.domain.budget.BasicExpenditureLine;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.budget.Department;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;
import org.yusuan.workbench.domain.performance.IndicatorFramework;
import org.yusuan.workbench.domain.performance.PerformanceForm;
import org.yusuan.workbench.domain.publication.Wording;

/**
 * A budget being edited, with its tables kept current: a line edit moves the old line's posting
 * out of the ledger and the new one in, so only the tables reading the touched sums re-derive.
 * Edits that change what every line means (a unit's type, the chart of accounts) rebuild the ledger.
 */
public final class LiveBudget {

    private final ChartOfAccounts chart;
    private Budget budget;
    private Postings postings;
    private BudgetLedger ledger;
    private DisclosureTables tables;
    private Wording wording;

    public LiveBudget(Budget budget, ChartOfAccounts chart) {
        this(budget, chart, Wording.NONE);
    }

    /** A budget whose tables are titled in its file's {@code wording}. */
    public LiveBudget(Budget budget, ChartOfAccounts chart, Wording wording) {
        this.chart = chart;
        this.wording = java.util.Objects.requireNonNull(wording);
        rebuild(budget);
    }

    /** The file's wording (titles, 情况说明 and booklet texts); {@link Wording#NONE}: the shipped template. */
    public Wording wording() {
        return wording;
    }

    /** Takes the file's new wording: the tables take their titles from it again; no sum changes. */
    public void replaceWording(Wording newWording) {
        this.wording = java.util.Objects.requireNonNull(newWording);
        this.tables = new DisclosureTables(ledger, newWording);
    }

    public Budget budget() {
        return budget;
    }

    public DisclosureTables tables() {
        return tables;
    }

    public BudgetLedger ledger() {
        return ledger;
    }

    /** The 情况说明 figures of the current budget (cheap: read off the ledger's sums). */
    public NarrativeFigures narrative() {
        return NarrativeCalculator.compute(budget, ledger);
    }

    /**
     * Replaces, adds ({@code before} null) or removes ({@code after} null) one basic line; lines are
     * matched by id.
     */
    public void replaceBasicLine(BasicExpenditureLine before, BasicExpenditureLine after) {
        List<BasicExpenditureLine> lines = new ArrayList<>(budget.basicLines());
        if (before != null) {
            int index = indexOf(lines, before.id());
            lines.remove(index);
            ledger.remove(postings.basic(before));
            if (after != null) {
                lines.add(index, after);
            }
        } else if (after != null) {
            lines.add(insertionPoint(lines.stream().map(BasicExpenditureLine::id).toList(), after.id()), after);
        }
        if (after != null) {
            ledger.add(postings.basic(after));
        }
        budget = budget.withBasicLines(lines);
    }

    /**
     * Replaces, adds ({@code before} null) or removes ({@code after} null) one project with all its
     * lines; projects are matched by code.
     */
    public void replaceProject(Project before, Project after) {
        List<Project> projects = new ArrayList<>(budget.projects());
        if (before != null) {
            int index = projectIndex(projects, before.code());
            projects.remove(index);
            before.lines().forEach(l -> ledger.remove(postings.project(before, l)));
            if (after != null) {
                projects.add(index, after);
            }
        } else if (after != null) {
            projects.add(insertionPoint(projects.stream().map(Project::id).toList(), after.id()), after);
        }
        if (after != null) {
            after.lines().forEach(l -> ledger.add(postings.project(after, l)));
        }
        budget = budget.withProjects(projects);
        ledger.restructure(budget);
    }

    /**
     * Replaces, adds ({@code before} null) or removes ({@code after} null) one performance form,
     * matched by project code. Forms feed no table, so only the snapshot changes: nothing re-derives.
     */
    public void replaceForm(PerformanceForm before, PerformanceForm after) {
        List<PerformanceForm> forms = new ArrayList<>(budget.forms());
        if (before != null) {
            int index = formIndex(forms, before.projectCode());
            forms.remove(index);
            if (after != null) {
                forms.add(index, after);
            }
        } else if (after != null) {
            forms.add(insertionPoint(forms.stream().map(PerformanceForm::id).toList(), after.id()), after);
        }
        budget = budget.withForms(forms);
    }

    /** Switches the department's indicator framework; no table reads it, so nothing re-derives. */
    public void replaceFramework(IndicatorFramework framework) {
        Department d = budget.department();
        budget = budget.withDepartment(new Department(d.code(), d.name(), d.budgetYear(), framework, d.divisionCode()));
    }

    private static int formIndex(List<PerformanceForm> forms, String projectCode) {
        for (int i = 0; i < forms.size(); i++) {
            if (Objects.equals(forms.get(i).projectCode(), projectCode)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no form for project " + projectCode);
    }

    /**
     * A change that no sum reads (names, unit order, staffing, the accountant's texts, prior-year
     * figures, assets): swaps the snapshot and lets the tables take the new names; the sums stay. A
     * budget whose lines, projects or unit codes and types differ is derived again instead, since
     * those decide where every posting goes.
     */
    public void replaceSnapshot(Budget newBudget) {
        if (!newBudget.basicLines().equals(budget.basicLines()) || !newBudget.projects().equals(budget.projects())
                || !unitTypes(newBudget).equals(unitTypes(budget))
                || newBudget.department().budgetYear() != budget.department().budgetYear()) {
            rebuild(newBudget);
            return;
        }
        budget = newBudget;
        ledger.restructure(newBudget);
    }

    private static java.util.Map<String, org.yusuan.workbench.domain.budget.UnitType> unitTypes(Budget b) {
        java.util.Map<String, org.yusuan.workbench.domain.budget.UnitType> types = new java.util.HashMap<>();
        b.units().forEach(u -> types.put(u.code(), u.type()));
        return types;
    }

    /** Any other change: takes the new budget whole and derives everything again. */
    public void replaceBudget(Budget newBudget) {
        rebuild(newBudget);
    }

    private void rebuild(Budget newBudget) {
        this.budget = Objects.requireNonNull(newBudget);
        this.postings = new Postings(newBudget, chart);
        this.ledger = new BudgetLedger(newBudget, chart);
        this.tables = new DisclosureTables(ledger, wording);
    }

    /**
     * Where a record goes: lists follow ids (entry order), so a record restored by an undo, which
     * keeps its id, returns to its old place; a record without id goes last.
     */
    private static int insertionPoint(List<Long> ids, long id) {
        if (id <= 0) {
            return ids.size();
        }
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) > id) {
                return i;
            }
        }
        return ids.size();
    }

    private static int indexOf(List<BasicExpenditureLine> lines, long id) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).id() == id) {
                return i;
            }
        }
        throw new IllegalArgumentException("no basic line with id " + id);
    }

    private static int projectIndex(List<Project> projects, String code) {
        for (int i = 0; i < projects.size(); i++) {
            if (projects.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no project " + code);
    }
}
