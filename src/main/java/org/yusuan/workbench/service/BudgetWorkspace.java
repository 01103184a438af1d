package org.yusuan.workbench.service;

import org.yusuan.workbench.calc.narrative.ExplanationSection;
import org.yusuan.workbench.calc.narrative.NarrativeText;
import org.yusuan.workbench.domain.publication.Wording;
import org.yusuan.workbench.service.wording.WordingTemplates;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.yusuan.workbench.audit.Audit;
import org.yusuan.workbench.audit.AuditContext;
import org.yusuan.workbench.audit.AuditReport;
import org.yusuan.workbench.calc.CellTrace;
import org.yusuan.workbench.calc.LiveBudget;
import org.yusuan.workbench.calc.ledger.Posting;
import org.yusuan.workbench.calc.narrative.NarrativeFigures;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.calc.table.TableRow;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;
import org.yusuan.workbench.domain.performance.QualitativeWords;
import org.yusuan.workbench.store.BudgetDatabase;

/**
 * The budget the workstation is editing: every edit is committed to the file first, then applied to
 * the live tables, then remembered for undo. Listeners hear about every change, whatever its source
 * (an edit, an undo, a redo).
 */
public final class BudgetWorkspace {

    /** How many edits can be undone; older ones are forgotten (they stay committed). */
    static final int UNDO_LIMIT = 500;

    private final ChartOfAccounts chart;
    private final LiveBudget live;
    private final RecordCommits records;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new ArrayList<>();

    public BudgetWorkspace(BudgetDatabase database, Budget budget) {
        this.chart = database.catalog().load();
        this.live = new LiveBudget(budget, chart, database.wording().load());
        this.records = new RecordCommits(database.edits(), live);
    }

    /** Table {@code number} (1-13) as it stands now. */
    public DisclosureTable table(int number) {
        return live.tables().table(number);
    }

    /** The title of table {@code number} in the file's wording, without deriving the table. */
    public String tableTitle(int number) {
        return org.yusuan.workbench.calc.ledger.TableTemplate.forYear(live.budget().department().budgetYear(),
                live.wording()).title(number);
    }

    /** The 13 tables as they stand now. */
    public List<DisclosureTable> tables() {
        return live.tables().all();
    }

    /** The figures the narrative quotes, as they stand now. */
    public NarrativeFigures narrative() {
        return live.narrative();
    }

    /**
     * Which postings make up a printed cell (the lines behind it), or empty for a cell that is not
     * a sum of lines (a title, a ratio). The views get this and the figures, never the ledger
     * itself, which only edits through {@link #apply} may change.
     */
    public Optional<Predicate<Posting>> trace(DisclosureTable table, TableRow row, int column) {
        return new CellTrace(live.ledger()).of(table, row, column);
    }

    public Budget budget() {
        return live.budget();
    }

    /**
     * The wording the budget prints in (文本与标题): the file's, or for a file without one the shipped
     * template of its year; every text of the year's template is there.
     */
    public Wording wording() {
        return WordingTemplates.effective(live.wording(), live.budget().department().budgetYear());
    }

    /** The wording as the file stores it ({@link Wording#NONE} for a file that has none yet). */
    public Wording storedWording() {
        return live.wording();
    }

    /** 情况说明 as it stands now, in the file's wording. */
    public List<ExplanationSection> explanation() {
        return NarrativeText.render(live.budget(), live.narrative(), live.wording());
    }

    public ChartOfAccounts chart() {
        return chart;
    }

    /** The audit of the budget as it is now. */
    public AuditReport audit() {
        return Audit.standard(UserWordList.load()).run(new AuditContext(live.budget(), chart, live.tables()));
    }

    /**
     * The unit's 出错说明 kept in the file, by {@link SubmissionExport#findingKey}; the findings of
     * {@link #audit()} that have one are explained.
     */
    public Map<String, String> explanations() {
        return records.explanations();
    }

    /** The qualitative words an indicator value may use: the shipped list and the user's own. */
    public QualitativeWords qualitativeWords() {
        return UserWordList.load().words();
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
        return edit.accept(records);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
