package org.yusuan.workbench.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.yusuan.workbench.calc.LiveBudget;
import org.yusuan.workbench.domain.budget.BasicExpenditureLine;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.BudgetUnit;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.budget.Staffing;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.domain.narrative.NarrativeSection;
import org.yusuan.workbench.domain.narrative.PriorYearItem;
import org.yusuan.workbench.store.BudgetEdits;

/**
 * Commits every kind of edit: first to the file (one transaction), then to the live budget, and
 * returns the edit as committed (new records carry the ids the file gave them). It is an
 * {@link Edit.Handler}, so an edit kind it does not handle does not compile. Lines, projects, forms
 * and the framework move postings or forms; for the department, units, staffing and narrative
 * inputs only a unit's code or type (and the department's year) changes where postings go, so only
 * those derive everything again and the rest swaps the snapshot.
 */
final class RecordCommits implements Edit.Handler<Edit> {

    private final BudgetEdits store;
    private final LiveBudget live;

    RecordCommits(BudgetEdits store, LiveBudget live) {
        this.store = store;
        this.live = live;
    }

    @Override
    public Edit basicLines(Edit.BasicLines lines) {
        var stored = store.replaceBasicLines(lines.removed(), lines.added());
        for (int i = 0; i < Math.max(lines.removed().size(), stored.size()); i++) {
            // Pair an update's old and new line (same id) so the live budget keeps it in place.
            var before = i < lines.removed().size() ? lines.removed().get(i) : null;
            var after = i < stored.size() ? stored.get(i) : null;
            if (before != null && after != null && before.id() != after.id()) {
                live.replaceBasicLine(before, null);
                live.replaceBasicLine(null, after);
            } else {
                live.replaceBasicLine(before, after);
            }
        }
        return new Edit.BasicLines(lines.description(), lines.removed(), stored);
    }

    @Override
    public Edit project(Edit.ProjectChange change) {
        var stored = store.replaceProject(change.before(), change.after());
        live.replaceProject(change.before(), stored);
        return new Edit.ProjectChange(change.description(), change.before(), stored);
    }

    @Override
    public Edit form(Edit.FormChange form) {
        var stored = store.replaceForm(form.before(), form.after());
        live.replaceForm(form.before(), stored);
        return new Edit.FormChange(form.description(), form.before(), stored);
    }

    @Override
    public Edit framework(Edit.FrameworkChange framework) {
        store.setFramework(framework.after(), framework.formsAfter());
        live.replaceFramework(framework.after());
        for (int i = 0; i < framework.formsBefore().size(); i++) {
            live.replaceForm(framework.formsBefore().get(i), framework.formsAfter().get(i));
        }
        return framework;
    }

    @Override
    public Edit department(Edit.DepartmentChange d) {
        store.updateDepartment(d.after());
        live.replaceSnapshot(live.budget().withDepartment(d.after()));
        return d;
    }

    @Override
    public Edit unit(Edit.UnitChange u) {
        store.replaceUnit(u.before(), u.after(), u.position(), u.staffing());
        live.replaceSnapshot(unitChanged(live.budget(), u));
        return u;
    }

    @Override
    public Edit staffing(Edit.StaffingChange s) {
        store.replaceStaffing(s.after());
        live.replaceSnapshot(live.budget().withStaffing(s.after()));
        return s;
    }

    @Override
    public Edit priorYear(Edit.PriorYearChange p) {
        store.setPriorYear(p.item(), p.after());
        Map<PriorYearItem, Yuan> prior = new EnumMap<>(PriorYearItem.class);
        prior.putAll(live.budget().priorYear());
        put(prior, p.item(), p.after());
        live.replaceSnapshot(live.budget().withPriorYear(prior));
        return p;
    }

    @Override
    public Edit stateAsset(Edit.StateAssetChange a) {
        store.replaceStateAssets(a.after());
        live.replaceSnapshot(live.budget().withStateAssets(a.after()));
        return a;
    }

    @Override
    public Edit narrativeText(Edit.NarrativeTextChange t) {
        store.setNarrative(t.section(), t.after());
        Map<NarrativeSection, String> texts = new EnumMap<>(NarrativeSection.class);
        texts.putAll(live.budget().narrative());
        put(texts, t.section(), t.after());
        live.replaceSnapshot(live.budget().withNarrative(texts));
        return t;
    }

    @Override
    public Edit explanation(Edit.ExplanationChange e) {
        // Not part of the budget's figures: the file keeps it, the live budget does not change.
        store.setExplanation(e.findingKey(), e.after());
        return e;
    }

    /** The 出错说明 kept in the file, by finding key. */
    Map<String, String> explanations() {
        return store.explanations();
    }

    @Override
    public Edit wording(Edit.WordingChange w) {
        store.replaceWording(w.after());
        live.replaceWording(w.after());
        return w;
    }

    private static <K, V> void put(Map<K, V> map, K key, V value) {
        if (value == null) {
            map.remove(key);
        } else {
            map.put(key, value);
        }
    }

    private static Budget unitChanged(Budget b, Edit.UnitChange u) {
        List<BudgetUnit> units = new ArrayList<>(b.units());
        List<Staffing> staffing = new ArrayList<>(b.staffing());
        List<BasicExpenditureLine> lines = b.basicLines();
        List<Project> projects = b.projects();
        if (u.before() == null) {
            units.add(Math.max(0, Math.min(u.position(), units.size())), u.after());
            staffing.addAll(u.staffing());
        } else if (u.after() == null) {
            units.removeIf(x -> x.code().equals(u.before().code()));
            staffing.removeIf(s -> s.unitCode().equals(u.before().code()));
        } else {
            String from = u.before().code();
            String to = u.after().code();
            units.replaceAll(x -> x.code().equals(from) ? u.after() : x);
            if (!from.equals(to)) {
                // Lines, projects and staffing name their unit by code; in the file they point at its id.
                staffing.replaceAll(s -> s.unitCode().equals(from)
                        ? new Staffing(to, s.category(), s.authorized(), s.actual()) : s);
                lines = lines.stream().map(l -> l.unitCode().equals(from) ? l.withUnitCode(to) : l).toList();
                projects = projects.stream().map(p -> p.unitCode().equals(from) ? recoded(p, to) : p).toList();
            }
        }
        return b.withUnits(units, staffing, lines, projects);
    }

    private static Project recoded(Project p, String unitCode) {
        return new Project(p.id(), p.code(), unitCode, p.name(), p.category(), p.attribute(), p.period(),
                p.fundYear(), p.procurement(), p.note(), p.lines());
    }
}
