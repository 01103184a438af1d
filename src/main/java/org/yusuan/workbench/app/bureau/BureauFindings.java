package org.yusuan.workbench.app.bureau;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.yusuan.workbench.app.common.Labels;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.audit.Severity;
import org.yusuan.workbench.domain.bureau.ReceivedFinding;
import org.yusuan.workbench.domain.bureau.RegisterEntry;

/**
 * Under the departments: the bureau's own audit of the selected department's file, errors first, each
 * with the unit's 出错说明 where it sent one — what the bureau reads before it accepts a file with errors.
 */
final class BureauFindings extends VBox {

    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final Label heading = new Label(Messages.get("bureau.findings.none"));
    private final ListView<ReceivedFinding> list = new ListView<>();

    BureauFindings() {
        super(6);
        heading.setId("bureau-findings-heading");
        Labels.wrapping(heading);
        list.setId("bureau-findings");
        list.setPlaceholder(new Label(Messages.get("bureau.findings.placeholder")));
        list.setCellFactory(v -> new FindingCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().setAll(heading, list);
    }

    /** Shows {@code findings} of {@code file}; null clears the pane. */
    void show(RegisterEntry file, List<ReceivedFinding> findings) {
        if (file == null) {
            heading.setText(Messages.get("bureau.findings.none"));
            list.getItems().clear();
            return;
        }
        long explained = findings.stream().filter(f -> f.explanation() != null).count();
        heading.setText(Messages.get("bureau.findings.heading", file.depName(), String.valueOf(file.errors()),
                String.valueOf(file.warnings()), String.valueOf(file.notices()), String.valueOf(explained),
                file.fileName(), RECEIVED.format(file.receivedAt())));
        list.getItems().setAll(findings.stream().sorted(Comparator.comparing(f -> severity(f).ordinal())).toList());
    }

    private static Severity severity(ReceivedFinding f) {
        try {
            return Severity.valueOf(f.severity());
        } catch (IllegalArgumentException e) {
            return Severity.NOTICE;
        }
    }

    private final class FindingCell extends ListCell<ReceivedFinding> {

        @Override
        protected void updateItem(ReceivedFinding f, boolean empty) {
            super.updateItem(f, empty);
            setText(null);
            if (empty || f == null) {
                setGraphic(null);
                return;
            }
            Severity severity = severity(f);
            Label what = wrapping(Messages.get("bureau.findings.line", severity.label(), f.title(), f.message(),
                    f.location()));
            what.getStyleClass().add(severity == Severity.ERROR ? "finding-error-text"
                    : severity == Severity.WARNING ? "finding-warning-text" : "finding-notice-text");
            VBox box = new VBox(2, what);
            if (f.explanation() != null) {
                Label said = wrapping(Messages.get("audit.explanation.shown", f.explanation()));
                said.getStyleClass().add("finding-explanation");
                box.getChildren().add(said);
            }
            setGraphic(box);
        }

        private Label wrapping(String text) {
            Label label = Labels.wrapping(new Label(text));
            // the cell's width less its padding and the scroll bar
            label.prefWidthProperty().bind(list.widthProperty().subtract(40));
            return label;
        }
    }
}
