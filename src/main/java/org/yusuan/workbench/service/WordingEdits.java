package org.yusuan.workbench.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.yusuan.workbench.domain.publication.Wording;
import org.yusuan.workbench.service.wording.WordingFile;
import org.yusuan.workbench.service.wording.WordingTemplates;
import org.yusuan.workbench.store.BudgetDatabase;
import org.yusuan.workbench.text.Texts;

/**
 * The wording (文本与标题) of a budget file changed: one text edited, a template file imported, a
 * shipped template taken, or a whole wording put in (carried from last year's file). Every change is
 * checked first ({@link WordingTemplates#check}) and then is one undoable {@link Edit.WordingChange}
 * of the workspace, committed to the file; a refused change leaves the file as it was.
 */
public final class WordingEdits {

    private static final Texts TEXTS = Texts.of("org.yusuan.workbench.service");

    private WordingEdits() {
    }

    /** Sets one text; @return why it was refused (then nothing changed) */
    public static List<String> setText(BudgetWorkspace workspace, String key, String text) {
        List<String> problems = WordingTemplates.check(Map.of(key, text), year(workspace));
        if (problems.isEmpty() && !text.equals(workspace.wording().texts().get(key))) {
            workspace.apply(new Edit.WordingChange(TEXTS.get("wording.edit.text", WordingTemplates.label(key)),
                    workspace.storedWording(), workspace.wording().with(key, text, Wording.EDITED)));
        }
        return problems;
    }

    /**
     * Replaces the texts that {@code texts} holds (the others keep theirs), each marked {@code origin};
     * all or nothing. @return why they were refused (then nothing changed)
     */
    public static List<String> putAll(BudgetWorkspace workspace, Map<String, String> texts, String origin,
                                      String description) {
        List<String> problems = WordingTemplates.check(texts, year(workspace));
        if (problems.isEmpty()) {
            Wording after = workspace.wording();
            for (var text : texts.entrySet()) {
                after = after.with(text.getKey(), text.getValue(), origin);
            }
            workspace.apply(new Edit.WordingChange(description, workspace.storedWording(), after));
        }
        return problems;
    }

    /** Takes a whole wording (e.g. last year's file's), keeping its origins; @return why it was refused */
    public static List<String> replace(BudgetWorkspace workspace, Wording wording) {
        List<String> problems = WordingTemplates.check(wording.texts(), year(workspace));
        if (problems.isEmpty()) {
            Wording after = WordingTemplates.effective(wording, year(workspace));
            workspace.apply(new Edit.WordingChange(TEXTS.get("wording.edit.replace"), workspace.storedWording(), after));
        }
        return problems;
    }

    /** Takes a shipped template (部门预算 / 单位预算) of the budget's year, every text replaced. */
    public static void useShipped(BudgetWorkspace workspace, WordingTemplates.Variant variant) {
        Wording shipped = WordingTemplates.shipped(year(workspace), variant);
        workspace.apply(new Edit.WordingChange(variant == WordingTemplates.Variant.UNIT
                ? TEXTS.get("wording.edit.shippedUnit") : TEXTS.get("wording.edit.shippedDepartment"),
                workspace.storedWording(), shipped));
    }

    /** Imports a template file; @return why it was refused (then nothing changed) */
    public static List<String> importFile(BudgetWorkspace workspace, Path file) throws IOException {
        WordingFile.Read read = WordingFile.read(file, year(workspace));
        if (!read.problems().isEmpty()) {
            return read.problems();
        }
        return putAll(workspace, read.texts(), "imported:" + file.getFileName(),
                TEXTS.get("wording.edit.import", file.getFileName()));
    }

    /** Writes every text the budget prints in to a template file. */
    public static void exportFile(BudgetWorkspace workspace, Path target) throws IOException {
        WordingFile.write(workspace.wording(), target);
    }

    /**
     * The wording a file prints in, read from the file without opening a workspace: its own, or the
     * shipped template of {@code year} for a file without one. For carrying a template from one
     * file to another (next year's budget).
     */
    public static Wording read(BudgetDatabase db, int year) {
        return WordingTemplates.effective(db.wording().load(), year);
    }

    /** Stores a whole wording in a file being created (no undo: the file is new), one transaction. */
    public static void write(BudgetDatabase db, Wording wording) {
        db.wording().replace(wording);
    }

    private static int year(BudgetWorkspace workspace) {
        return workspace.budget().department().budgetYear();
    }
}
