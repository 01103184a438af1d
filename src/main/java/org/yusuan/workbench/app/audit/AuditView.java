package org.yusuan.workbench.app.audit;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.yusuan.workbench.app.common.DialogService;
import org.yusuan.workbench.app.common.Labels;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.audit.Audit;
import org.yusuan.workbench.audit.AuditRule;
import org.yusuan.workbench.audit.Finding;
import org.yusuan.workbench.audit.RecordRef;
import org.yusuan.workbench.audit.Severity;

/**
 * The audit findings under one heading per severity (错误, 警告, 提示, with their counts), each
 * finding under its rule's title in words; the rule's code and what it checks are in the tooltip,
 * for support over the telephone. An error or a warning the unit sends anyway gets its 出错说明 here
 * (the link under it, or F2), kept in the file and carried with the finding in the package.
 */
public final class AuditView extends BorderPane {

    /** The rules whose descriptions the tooltips quote: the ones the workspace's audit runs. */
    private static final List<AuditRule> RULES = Audit.standard().rules();

    /** A row of the list: a severity's heading (finding null) or one finding. */
    public record AuditRow(Severity severity, int count, Finding finding) {

        boolean isHeading() {
            return finding == null;
        }
    }

    private final AuditViewModel model;
    private final TreeView<AuditRow> tree = new TreeView<>(new TreeItem<>());
    /** Headings the accountant folded stay folded when the audit re-runs after an edit. */
    private final Set<Severity> collapsed = EnumSet.noneOf(Severity.class);

    /**
     * @param jump called with the record at fault when a finding is double-clicked (or Enter pressed)
     */
    public AuditView(AuditViewModel model, Consumer<RecordRef> jump) {
        this.model = model;
        Label heading = new Label();
        heading.getStyleClass().add("page-heading");
        heading.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("audit.heading",
                        String.valueOf(model.errorsProperty().get()), String.valueOf(model.warningsProperty().get()),
                        String.valueOf(model.noticesProperty().get())),
                model.errorsProperty(), model.warningsProperty(), model.noticesProperty()));
        heading.setId("audit-heading");
        tree.setId("audit-findings");
        tree.setShowRoot(false);
        tree.setCellFactory(v -> new FindingCell());
        tree.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                jumpToSelected(jump);
            }
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                jumpToSelected(jump);
            } else if (e.getCode() == KeyCode.F2) {
                selectedFinding().filter(AuditViewModel::explainable).ifPresent(this::explain);
            }
        });
        show(model);
        model.groups().addListener((ListChangeListener<AuditViewModel.SeverityGroup>) c -> show(model));
        Label hint = Labels.wrapping(new Label(Messages.get("audit.hint")));
        hint.getStyleClass().add("page-subheading");
        VBox top = new VBox(4, heading, hint);
        top.getStyleClass().add("table-top");
        setTop(top);
        setCenter(tree);
        getStyleClass().add("page");
    }

    private void jumpToSelected(Consumer<RecordRef> jump) {
        selectedFinding().ifPresent(f -> jump.accept(f.ref()));
    }

    private Optional<Finding> selectedFinding() {
        TreeItem<AuditRow> selected = tree.getSelectionModel().getSelectedItem();
        return selected == null || selected.getValue().isHeading() ? Optional.empty()
                : Optional.of(selected.getValue().finding());
    }

    /** Asks for the finding's 出错说明 until it is accepted or the accountant cancels. */
    private void explain(Finding finding) {
        DialogService dialogs = new DialogService(() -> getScene() == null ? null : getScene().getWindow());
        String text = model.explanation(finding).orElse("");
        while (true) {
            Optional<String> typed = dialogs.text("explanation", Messages.get("audit.explanation.title"),
                    Messages.get("audit.explanation.header", finding.title(), finding.ref().describe()), text,
                    Messages.get("audit.explanation.save"), Messages.get("export.cancel"));
            if (typed.isEmpty()) {
                return;
            }
            Optional<String> refused = model.explain(finding, typed.get());
            if (refused.isEmpty()) {
                return;
            }
            dialogs.errorAndWait(Messages.get("audit.explanation.refused"), refused.get());
            text = typed.get();
        }
    }

    private void show(AuditViewModel model) {
        tree.getRoot().getChildren().forEach(group -> {
            if (!group.isExpanded()) {
                collapsed.add(group.getValue().severity());
            } else {
                collapsed.remove(group.getValue().severity());
            }
        });
        tree.getRoot().getChildren().setAll(model.groups().stream().map(group -> {
            TreeItem<AuditRow> item = new TreeItem<>(new AuditRow(group.severity(), group.findings().size(), null));
            group.findings().forEach(f -> item.getChildren().add(new TreeItem<>(new AuditRow(f.severity(), 0, f))));
            item.setExpanded(!collapsed.contains(group.severity()));
            return item;
        }).toList());
    }

    /** A heading "错误（1 项）", or a finding: its title, the message below it, the rule in the tooltip. */
    private final class FindingCell extends TreeCell<AuditRow> {

        @Override
        protected void updateItem(AuditRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("finding-heading", "finding-error", "finding-warning", "finding-notice");
            setTooltip(null);
            setGraphic(null);
            setText(null);
            if (empty || row == null) {
                return;
            }
            getStyleClass().add(row.severity() == Severity.ERROR ? "finding-error"
                    : row.severity() == Severity.WARNING ? "finding-warning" : "finding-notice");
            if (row.isHeading()) {
                getStyleClass().add("finding-heading");
                setText(Messages.get("audit.group", row.severity().label(), String.valueOf(row.count())));
                return;
            }
            Finding finding = row.finding();
            Label title = new Label(finding.title());
            title.getStyleClass().add("finding-title");
            Label message = Labels.wrapping(new Label(finding.message()));
            // the tree indents findings by one level: leave room for it and the scroll bar
            message.prefWidthProperty().bind(tree.widthProperty().subtract(90));
            VBox box = new VBox(2, title, message);
            if (AuditViewModel.explainable(finding)) {
                Optional<String> explanation = model.explanation(finding);
                explanation.ifPresent(text -> {
                    Label said = Labels.wrapping(new Label(Messages.get("audit.explanation.shown", text)));
                    said.getStyleClass().add("finding-explanation");
                    said.prefWidthProperty().bind(message.prefWidthProperty());
                    box.getChildren().add(said);
                });
                Hyperlink edit = new Hyperlink(Messages.get(explanation.isPresent()
                        ? "audit.explanation.change" : "audit.explanation.add"));
                edit.getStyleClass().add("finding-explain");
                edit.setOnAction(e -> explain(finding));
                box.getChildren().add(edit);
            }
            setGraphic(box);
            setTooltip(new Tooltip(Messages.get("audit.rule", finding.ruleId(), description(finding.ruleId()))));
        }
    }

    /** What the rule checks, in its own words (the rule is the one home of its texts). */
    private static String description(String ruleId) {
        return RULES.stream().filter(r -> r.id().equals(ruleId)).map(AuditRule::description).findFirst().orElse("");
    }
}
