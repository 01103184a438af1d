package org.yusuan.workbench.app.wording;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.calc.ledger.TableTemplate;
import org.yusuan.workbench.calc.narrative.ExplanationSection;
import org.yusuan.workbench.calc.narrative.NarrativeTemplate;
import org.yusuan.workbench.calc.narrative.NarrativeText;
import org.yusuan.workbench.domain.publication.Wording;
import org.yusuan.workbench.service.BudgetWorkspace;
import org.yusuan.workbench.service.WordingEdits;
import org.yusuan.workbench.service.wording.WordingTemplates;

/**
 * 文本与标题: the texts the budget prints around its figures, grouped by where they appear, one of
 * them in the editor with a live preview (the resolved title or the section with the budget's
 * figures) and the check's verdict as it is typed; saving is one undoable edit of the workspace.
 */
public final class WordingViewModel {

    /** Where a text appears: the tables' titles, the 情况说明, the rest of the booklet, the 名词解释. */
    public enum Group {
        TABLES, NARRATIVE, BOOKLET, GLOSSARY;

        static Group of(String key) {
            if (key.startsWith(TableTemplate.WORDING_PREFIX)) {
                return TABLES;
            } else if (key.startsWith(NarrativeTemplate.WORDING_PREFIX)) {
                return NARRATIVE;
            }
            return key.startsWith("booklet.glossary.") ? GLOSSARY : BOOKLET;
        }

        public String label() {
            return switch (this) {
                case TABLES -> Messages.get("wording.group.tables");
                case NARRATIVE -> Messages.get("wording.group.narrative");
                case BOOKLET -> Messages.get("wording.group.booklet");
                case GLOSSARY -> Messages.get("wording.group.glossary");
            };
        }
    }

    /** One text of the template as the list shows it. */
    public record Entry(String key, Group group, String label, String text, String origin) {

        @Override
        public String toString() {
            return Messages.get("wording.entry", label, text.replace("\n", " "));
        }
    }

    private final BudgetWorkspace workspace;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper selected = new ReadOnlyStringWrapper();
    private final StringProperty draft = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper origin = new ReadOnlyStringWrapper("");

    public WordingViewModel(BudgetWorkspace workspace) {
        this.workspace = workspace;
        workspace.addListener(this::reload);
        draft.addListener((o, was, now) -> review());
        reload();
        if (!entries.isEmpty()) {
            select(entries.get(0).key());
        }
    }

    public ObservableList<Entry> entries() {
        return entries;
    }

    public ReadOnlyStringProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The text being edited. */
    public StringProperty draftProperty() {
        return draft;
    }

    /** The selected text resolved with the budget's figures and names, as the draft would print. */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Why the draft would be refused; empty when it may be saved. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /** Where the selected text came from (内置模板、编辑、导入). */
    public ReadOnlyStringProperty originProperty() {
        return origin.getReadOnlyProperty();
    }

    /** Puts the text under {@code key} into the editor. */
    public void select(String key) {
        selected.set(key);
        Entry entry = entry(key);
        origin.set(entry == null ? "" : entry.origin());
        draft.set(entry == null ? "" : entry.text());
        review();
    }

    /** Saves the draft as one undoable edit; @return whether it was saved (else {@link #refusalProperty()} says why) */
    public boolean save() {
        if (selected.get() == null) {
            return false;
        }
        List<String> problems = WordingEdits.setText(workspace, selected.get(), draft.get());
        refusal.set(String.join("\n", problems));
        return problems.isEmpty();
    }

    /** Puts the shipped (部门预算) text of the selected key into the editor, to be saved. */
    public void revertDraft() {
        if (selected.get() != null) {
            draft.set(WordingTemplates.shippedTexts(year()).get(selected.get()));
        }
    }

    /** Takes a shipped template whole, as one undoable edit. */
    public void useShipped(WordingTemplates.Variant variant) {
        WordingEdits.useShipped(workspace, variant);
    }

    private void reload() {
        Wording wording = workspace.wording();
        List<Entry> all = new ArrayList<>();
        wording.texts().forEach((key, text) -> all.add(new Entry(key, Group.of(key), WordingTemplates.label(key), text,
                originLabel(wording.origins().get(key)))));
        entries.setAll(all);
        if (selected.get() != null) {
            Entry entry = entry(selected.get());
            origin.set(entry == null ? "" : entry.origin());
            if (entry != null && !Objects.equals(entry.text(), draft.get())) {
                draft.set(entry.text());
            }
            review();
        }
    }

    private Entry entry(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst().orElse(null);
    }

    /** The check's verdict and the preview of the draft. */
    private void review() {
        String key = selected.get();
        if (key == null) {
            preview.set("");
            refusal.set("");
            return;
        }
        List<String> problems = WordingTemplates.check(Map.of(key, draft.get()), year());
        refusal.set(String.join("\n", problems));
        preview.set(problems.isEmpty() ? resolved(key, workspace.wording().with(key, draft.get(), Wording.EDITED)) : "");
    }

    /** The text as it prints in the budget: a title with its year, a section with the budget's figures. */
    private String resolved(String key, Wording candidate) {
        var budget = workspace.budget();
        if (key.matches("table\\.t\\d+\\.title")) {
            int table = Integer.parseInt(key.substring("table.t".length(), key.indexOf(".title")));
            return TableTemplate.forYear(year(), candidate).title(table);
        }
        if (key.startsWith(NarrativeTemplate.WORDING_PREFIX)) {
            List<ExplanationSection> now = NarrativeText.render(budget, workspace.narrative(), workspace.storedWording());
            List<ExplanationSection> then = NarrativeText.render(budget, workspace.narrative(), candidate);
            List<String> shown = new ArrayList<>();
            String section = key.matches("narrative\\.s\\d+\\..*") ? key.split("\\.")[1] : null;
            List<String> ids = NarrativeTemplate.forYear(year()).sections();
            for (int i = 0; i < then.size(); i++) {
                if (ids.get(i).equals(section) || (section == null && !then.get(i).equals(now.get(i)))) {
                    shown.add(then.get(i).title() + "\n" + String.join("\n", then.get(i).paragraphs()));
                }
            }
            return shown.isEmpty() ? Messages.get("wording.preview.unused") : String.join("\n\n", shown);
        }
        return candidate.texts().get(key).replace("{year}", String.valueOf(year()))
                .replace("{department}", budget.department().name());
    }

    private int year() {
        return workspace.budget().department().budgetYear();
    }

    private static String originLabel(String origin) {
        if (origin == null || origin.isEmpty()) {
            return "";
        } else if (origin.startsWith("shipped:")) {
            String[] parts = origin.split(":");
            return parts.length == 3 && parts[2].equals("UNIT") ? Messages.get("wording.origin.shippedUnit", parts[1])
                    : Messages.get("wording.origin.shippedDepartment", parts[1]);
        } else if (origin.startsWith("imported:")) {
            return Messages.get("wording.origin.imported", origin.substring("imported:".length()));
        }
        return Messages.get("wording.origin.edited");
    }
}
