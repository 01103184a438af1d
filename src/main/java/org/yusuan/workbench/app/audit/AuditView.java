package org.yusuan.workbench.app.audit;

import org.yusuan.workbench.app.Messages;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.yusuan.workbench.audit.Finding;
import org.yusuan.workbench.audit.Severity;

/** The audit findings, most serious first, each with its rule and the record at fault. */
public final class AuditView extends BorderPane {

    /**
     * @param jump called with the record at fault when a finding is double-clicked (or Enter pressed)
     */
    public AuditView(AuditViewModel model, java.util.function.Consumer<org.yusuan.workbench.audit.RecordRef> jump) {
        Label heading = new Label();
        heading.getStyleClass().add("page-heading");
        heading.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> Messages.get("audit.heading",
                        String.valueOf(model.errorsProperty().get()), String.valueOf(model.warningsProperty().get()),
                        String.valueOf(model.noticesProperty().get())),
                model.errorsProperty(), model.warningsProperty(), model.noticesProperty()));
        heading.setId("audit-heading");
        ListView<Finding> list = new ListView<>(model.findings());
        list.setId("audit-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Finding finding, boolean empty) {
                super.updateItem(finding, empty);
                getStyleClass().removeAll("finding-error", "finding-warning", "finding-notice");
                if (empty || finding == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label severity = new Label(finding.severity().label() + " · " + finding.ruleId());
                severity.getStyleClass().add("finding-severity");
                Label message = new Label(finding.message());
                message.setWrapText(true);
                message.prefWidthProperty().bind(list.widthProperty().subtract(40));
                message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                setGraphic(new VBox(2, severity, message));
                getStyleClass().add(finding.severity() == Severity.ERROR ? "finding-error"
                        : finding.severity() == Severity.WARNING ? "finding-warning" : "finding-notice");
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                jump.accept(list.getSelectionModel().getSelectedItem().ref());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                jump.accept(list.getSelectionModel().getSelectedItem().ref());
            }
        });
        Label hint = new Label(Messages.get("audit.hint"));
        hint.getStyleClass().add("page-subheading");
        VBox top = new VBox(4, heading, hint);
        top.getStyleClass().add("table-top");
        setTop(top);
        setCenter(list);
        getStyleClass().add("page");
    }
}
