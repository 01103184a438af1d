package org.yusuan.workbench.app.projects;

import javafx.scene.control.ListCell;
import javafx.scene.text.Text;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.domain.budget.Project;

/**
 * A project in the list: its name, then its unit and budget, wrapped to the list's width rather than
 * running off under a horizontal scroll bar (names run to forty characters, unit names to twenty).
 */
final class ProjectListCell extends ListCell<Project> {

    /** Measures texts as a label cuts them (see {@link #computePrefHeight}); used on the FX thread only. */
    private static final Text LOGICAL = new Text();

    private final ProjectsViewModel model;

    ProjectListCell(ProjectsViewModel model) {
        this.model = model;
        setWrapText(true);
        // as wide as the list, not as its text
        setPrefWidth(0);
    }

    /**
     * JavaFX sizes a wrapping label by its text's vertical-centre bounds but cuts the text to its
     * height by the logical bounds, which are taller by each line's leading: under GTK two lines were
     * given 39.2 px and then cut to one and "…". The height here is the one the cutting asks for.
     */
    @Override
    protected double computePrefHeight(double width) {
        double label = super.computePrefHeight(width);
        if (getText() == null || width <= 0) {
            return label;
        }
        LOGICAL.setFont(getFont());
        LOGICAL.setText(getText());
        LOGICAL.setWrappingWidth(width - snappedLeftInset() - snappedRightInset());
        return Math.max(label, Math.ceil(LOGICAL.getLayoutBounds().getHeight())
                + snappedTopInset() + snappedBottomInset());
    }

    @Override
    protected void updateItem(Project p, boolean empty) {
        super.updateItem(p, empty);
        setText(empty || p == null ? null : Messages.get("projects.list.item",
                p.isCarriedOver() ? Messages.get("projects.list.carriedOver") : "", p.name(), model.unitName(p),
                p.total().format()));
    }
}
