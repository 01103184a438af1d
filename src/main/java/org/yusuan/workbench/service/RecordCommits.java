package org.yusuan.workbench.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.yusuan.workbench.calc.LiveBudget;
import org.yusuan.workbench.domain.budget.BasicExpenditureLine;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.BudgetUnit;
import org.yusuan.workbench.domain.budget.Department;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.budget.Staffing;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.domain.narrative.NarrativeSection;
import org.yusuan.workbench.domain.narrative.PriorYearItem;
import org.yusuan.workbench.domain.narrative.StateAsset;
import org.yusuan.workbench.store.BudgetEdits;

/**
 * Commits the edits of the department, its units, staffing and narrative inputs: first to the file,
 * then to the live budget. Only a unit's code or type (and the department's year) changes where
 * postings go, so only those derive everything again; the rest swaps the snapshot.
 */
final class RecordCommits {

    private final BudgetEdits store;
    private final LiveBudget live;

    RecordCommits(BudgetEdits store, LiveBudget live) {
        this.store = store;
        this.live = live;
    }

    /** Commits one of the record edits (anything but lines and projects). */
    void commit(Edit edit) {
        Budget b = live.budget();
        if (edit instanceof Edit.DepartmentChange d) {
            store.updateDepartment(d.after());
            live.replaceSnapshot(with(b, d.after()));
        } else if (edit instanceof Edit.UnitChange u) {
            store.replaceUnit(u.before(), u.after(), u.position(), u.staffing());
            live.replaceSnapshot(unitChanged(b, u));
        } else if (edit instanceof Edit.StaffingChange s) {
            store.replaceStaffing(s.after());
            live.replaceSnapshot(new Budget(b.department(), b.units(), s.after(), b.basicLines(), b.projects(),
                    b.forms(), b.priorYear(), b.stateAssets(), b.narrative()));
        } else if (edit instanceof Edit.PriorYearChange p) {
            store.setPriorYear(p.item(), p.after());
            Map<PriorYearItem, Yuan> prior = new EnumMap<>(PriorYearItem.class);
            prior.putAll(b.priorYear());
            put(prior, p.item(), p.after());
            live.replaceSnapshot(new Budget(b.department(), b.units(), b.staffing(), b.basicLines(), b.projects(),
                    b.forms(), prior, b.stateAssets(), b.narrative()));
        } else if (edit instanceof Edit.StateAssetChange a) {
            store.setStateAsset(a.item(), a.after());
            List<StateAsset> assets = new ArrayList<>(b.stateAssets().stream().filter(x -> x.item() != a.item()).toList());
            if (a.after() != null) {
                assets.add(a.after());
            }
            assets.sort(Comparator.comparing(StateAsset::item)); // the order the file reads them back in
            live.replaceSnapshot(new Budget(b.department(), b.units(), b.staffing(), b.basicLines(), b.projects(),
                    b.forms(), b.priorYear(), assets, b.narrative()));
        } else if (edit instanceof Edit.NarrativeTextChange t) {
            store.setNarrative(t.section(), t.after());
            Map<NarrativeSection, String> texts = new EnumMap<>(NarrativeSection.class);
            texts.putAll(b.narrative());
            put(texts, t.section(), t.after());
            live.replaceSnapshot(new Budget(b.department(), b.units(), b.staffing(), b.basicLines(), b.projects(),
                    b.forms(), b.priorYear(), b.stateAssets(), texts));
        } else {
            throw new IllegalArgumentException("not a record edit: " + edit);
        }
    }

    private static <K, V> void put(Map<K, V> map, K key, V value) {
        if (value == null) {
            map.remove(key);
        } else {
            map.put(key, value);
        }
    }

    private static Budget with(Budget b, Department department) {
        return new Budget(department, b.units(), b.staffing(), b.basicLines(), b.projects(), b.forms(),
                b.priorYear(), b.stateAssets(), b.narrative());
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
                lines = lines.stream().map(l -> l.unitCode().equals(from) ? recoded(l, to) : l).toList();
                projects = projects.stream().map(p -> p.unitCode().equals(from) ? recoded(p, to) : p).toList();
            }
        }
        return new Budget(b.department(), units, staffing, lines, projects, b.forms(), b.priorYear(),
                b.stateAssets(), b.narrative());
    }

    private static BasicExpenditureLine recoded(BasicExpenditureLine l, String unitCode) {
        return new BasicExpenditureLine(l.id(), unitCode, l.functionCode(), l.departmentalEconomicCode(),
                l.governmentEconomicOverride(), l.source(), l.amount(), l.expenseKindOverride(), l.fundYear(), l.note());
    }

    private static Project recoded(Project p, String unitCode) {
        return new Project(p.id(), p.code(), unitCode, p.name(), p.category(), p.attribute(), p.period(),
                p.fundYear(), p.procurement(), p.note(), p.lines());
    }
}
