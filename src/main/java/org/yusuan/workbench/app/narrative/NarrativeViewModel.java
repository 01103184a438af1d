package org.yusuan.workbench.app.narrative;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.yusuan.workbench.calc.narrative.ExplanationSection;
import org.yusuan.workbench.calc.narrative.NarrativeFigures;
import org.yusuan.workbench.calc.narrative.NarrativeText;
import org.yusuan.workbench.service.BudgetWorkspace;

/** 情况说明 and the figures behind it, recomputed after every change. */
public final class NarrativeViewModel {

    private final BudgetWorkspace workspace;
    private final ObservableList<ExplanationSection> sections = FXCollections.observableArrayList();
    private final ObjectProperty<NarrativeFigures> figures = new SimpleObjectProperty<>();

    public NarrativeViewModel(BudgetWorkspace workspace) {
        this.workspace = workspace;
        workspace.addListener(this::refresh);
        refresh();
    }

    private void refresh() {
        NarrativeFigures now = workspace.narrative();
        figures.set(now);
        sections.setAll(workspace.explanation());
    }

    public ObservableList<ExplanationSection> sections() {
        return sections;
    }

    public ObjectProperty<NarrativeFigures> figuresProperty() {
        return figures;
    }
}
