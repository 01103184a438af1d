package org.yusuan.workbench.service;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.yusuan.workbench.audit.Audit;
import org.yusuan.workbench.audit.AuditContext;
import org.yusuan.workbench.audit.AuditReport;
import org.yusuan.workbench.calc.LiveBudget;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;
import org.yusuan.workbench.store.BudgetDatabase;

/**
 * The budget the workstation is editing: every edit is committed to the file first, then applied to
 * the live tables, then remembered for undo. Listeners hear about every change, whatever its source
 * (an edit, an undo, a redo).
 */
public final class BudgetWorkspace {

    /** How many edits can be undone; older ones are forgotten (they stay committed). */
    static final int UNDO_LIMIT = 500;

    private final BudgetDatabase database;
    private final ChartOfAccounts chart;
    private final LiveBudget live;
    private final RecordCommits records;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new ArrayList<>();

    public BudgetWorkspace(BudgetDatabase database, Budget budget) {
        this.database = database;
        this.chart = database.catalog().load();
        this.live = new LiveBudget(budget, chart);
        this.records = new RecordCommits(database.edits(), live);
    }

    public LiveBudget live() {
        return live;
    }

    public Budget budget() {
        return live.budget();
    }

    public ChartOfAccounts chart() {
        return chart;
    }

    /** The audit of the budget as it is now. */
    public AuditReport audit() {
        return Audit.standard().run(new AuditContext(live.budget(), chart, live.tables()));
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Commits {@code edit}, shows it in the tables and makes it undoable. */
    public void apply(Edit edit) {
        undo.push(commit(edit));
        if (undo.size() > UNDO_LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        changed();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(Edit::description);
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(Edit::description);
    }

    public void undo() {
        if (canUndo()) {
            redo.push(commit(undo.pop().inverse()).inverse());
            changed();
        }
    }

    public void redo() {
        if (canRedo()) {
            undo.push(commit(redo.pop()));
            changed();
        }
    }

    /** Writes the edit to the file, then to the live budget; returns it as committed (new records with ids). */
    private Edit commit(Edit edit) {
        if (edit instanceof Edit.BasicLines lines) {
            var stored = database.edits().replaceBasicLines(lines.removed(), lines.added());
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
        if (edit instanceof Edit.FormChange form) {
            var stored = database.edits().replaceForm(form.before(), form.after());
            live.replaceForm(form.before(), stored);
            return new Edit.FormChange(form.description(), form.before(), stored);
        }
        if (edit instanceof Edit.FrameworkChange framework) {
            database.edits().setFramework(framework.after(), framework.formsAfter());
            live.replaceFramework(framework.after());
            for (int i = 0; i < framework.formsBefore().size(); i++) {
                live.replaceForm(framework.formsBefore().get(i), framework.formsAfter().get(i));
            }
            return framework;
        }
        if (!(edit instanceof Edit.ProjectChange change)) {
            records.commit(edit); // department, units, staffing, narrative inputs: stored as given
            return edit;
        }
        var stored = database.edits().replaceProject(change.before(), change.after());
        live.replaceProject(change.before(), stored);
        return new Edit.ProjectChange(change.description(), change.before(), stored);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
