package org.yusuan.workbench.service;

import java.io.IOException;
import java.nio.file.Path;
import org.yusuan.workbench.domain.publication.Wording;
import org.yusuan.workbench.service.wording.WordingTemplates;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.yusuan.workbench.audit.AuditReport;
import org.yusuan.workbench.calc.narrative.ExplanationSection;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.input.ImportProblem;
import org.yusuan.workbench.domain.publication.BookletOptions;
import org.yusuan.workbench.store.BudgetDatabase;

/**
 * An open budget file, from {@link BudgetFiles}: what either front end may do with it. It keeps the
 * file locked against a second program until closed. Reads answer empty while the file holds no
 * budget yet; writes are each one transaction, all or nothing.
 */
public final class BudgetFile implements AutoCloseable {

    private final BudgetDatabase database;
    private BudgetWorkspace workspace;

    BudgetFile(BudgetDatabase database) {
        this.database = database;
    }

    public Path file() {
        return database.file();
    }

    /** The budget as stored, or empty for a file that holds none yet. */
    public Optional<Budget> budget() {
        return workspace != null ? Optional.of(workspace.budget()) : database.budgets().load();
    }

    /**
     * The budget for editing: every edit committed to this file, with undo. Empty for a file that
     * holds no budget yet.
     */
    public Optional<BudgetWorkspace> workspace() {
        if (workspace == null) {
            database.budgets().load().ifPresent(b -> workspace = new BudgetWorkspace(database, b));
        }
        return Optional.ofNullable(workspace);
    }

    /** Replaces whatever budget the file holds by the shipped sample. */
    public void putSample() {
        SampleBudget.createIn(database);
        workspace = null;
    }

    /**
     * Replaces the budget by the one in a base-data workbook (xlsx, or a folder of CSV sheets),
     * all or nothing; the catalog stays.
     *
     * @return the problems that refused it; then the file is unchanged
     */
    public List<ImportProblem> importBook(Path book) throws IOException {
        return importBook(book, () -> true);
    }

    /**
     * As {@link #importBook(Path)}, asking {@code goOn} once the workbook is read and before the
     * file is touched, so a front end can report the step and let the user cancel (then nothing is
     * imported and no problem is returned).
     */
    public List<ImportProblem> importBook(Path book, BooleanSupplier goOn) throws IOException {
        var source = BudgetFiles.readBook(book);
        if (!goOn.getAsBoolean()) {
            return List.of();
        }
        List<ImportProblem> problems = WorkbookImport.run(database, source);
        workspace = null;
        return problems;
    }

    /** Merges an official catalog file (csv or xlsx) into the file's chart of accounts, all or nothing. */
    public CatalogUpdate.Outcome importCatalog(Path catalog) throws IOException {
        CatalogUpdate.Outcome outcome = CatalogUpdate.run(database, catalog);
        workspace = null;
        return outcome;
    }

    /**
     * 新建下一年度预算 from this open file, which is only read: {@code to} is created whole, holding the
     * next year (see {@link BudgetFiles#createNextYear}).
     */
    public NextYearReport createNextYear(Path to) {
        return NextYear.fromOpen(database, to);
    }

    /** A consistent copy of the file at {@code target}, written whole and renamed into place. */
    public void backupTo(Path target) throws IOException {
        database.backupTo(target);
    }

    public Optional<List<DisclosureTable>> tables() {
        return BudgetTables.derive(database);
    }

    public Optional<List<ExplanationSection>> explanation() {
        return BudgetExplanation.render(database);
    }

    public Optional<AuditReport> audit() {
        return BudgetAudit.run(database);
    }

    /** The booklet PDF; @return false when the file holds no budget yet (then nothing is written) */
    public boolean writeBooklet(Path target, BookletOptions options) throws IOException {
        return BookletExport.write(database, target, options);
    }

    /** The 13 tables as one xlsx; @return false when the file holds no budget yet */
    public boolean writeTablesWorkbook(Path target) throws IOException {
        return TablesWorkbookExport.write(database, target);
    }

    /** The 绩效目标申报表 as one PDF; empty when the file holds no budget yet */
    public Optional<FormsPrint.Printed> printForms(Path pdf) throws IOException {
        return FormsPrint.print(database, pdf);
    }

    /**
     * 导出报送数据包: the budget as it is now, signed with {@code keys}, written whole to {@code target}.
     * Empty when the file holds no budget yet; an outcome without a written package when the audit found
     * errors and {@code options} does not accept them.
     */
    public Optional<SubmissionExport.Outcome> exportPackage(Path target, SubmissionExport.Options options,
                                                            SigningKeys keys,
                                                            java.util.function.Consumer<SubmissionExport.Step> progress)
            throws IOException {
        Optional<Budget> budget = budget();
        if (budget.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(SubmissionExport.export(budget.get(), database.catalog().load(), database.wording().load(),
                database.edits().explanations(), target, options, keys, java.time.Clock.systemUTC(), progress));
    }

    /**
     * The wording the budget prints in (文本与标题): the file's, or the shipped template of its year
     * for a file without one. Empty when the file holds no budget yet.
     */
    public Optional<Wording> wording() {
        return workspace().map(BudgetWorkspace::wording);
    }

    /**
     * Puts a whole wording into the file (e.g. last year's, see {@link #wording()}), checked, as one
     * undoable edit. @return why it was refused (then the file is unchanged)
     */
    public List<String> replaceWording(Wording wording) {
        return WordingEdits.replace(workspace().orElseThrow(), wording);
    }

    /** Imports a 文本与标题 template file, all or nothing; @return why it was refused */
    public List<String> importWording(Path template) throws IOException {
        return WordingEdits.importFile(workspace().orElseThrow(), template);
    }

    /** Exports the wording as a template file; @return false when the file holds no budget yet */
    public boolean exportWording(Path target) throws IOException {
        Optional<BudgetWorkspace> ws = workspace();
        if (ws.isEmpty()) {
            return false;
        }
        WordingEdits.exportFile(ws.get(), target);
        return true;
    }

    /** Takes a shipped template (部门预算 / 单位预算) of the budget's year, as one undoable edit. */
    public void useShippedWording(WordingTemplates.Variant variant) {
        WordingEdits.useShipped(workspace().orElseThrow(), variant);
    }

    @Override
    public void close() {
        database.close();
    }
}
