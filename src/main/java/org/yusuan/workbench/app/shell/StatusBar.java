package org.yusuan.workbench.app.shell;

import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The line under every page: the running totals and the audit's counts on the left, the open file on
 * the right. The figures never give way; a long path does, from its start, so that the file's own name
 * stays in sight (the whole path is on its tooltip). A deep folder used to cut the totals instead.
 */
final class StatusBar extends HBox {

    StatusBar(StatusBarModel status) {
        super(16);
        Label totals = new Label();
        totals.textProperty().bind(status.totalsProperty());
        totals.setId("status-totals");
        totals.setMinWidth(Region.USE_PREF_SIZE);
        Label audit = new Label();
        audit.textProperty().bind(status.auditProperty());
        audit.setId("status-audit");
        audit.setMinWidth(Region.USE_PREF_SIZE);
        Label file = new Label();
        file.setId("status-file");
        file.textProperty().bind(status.fileProperty());
        file.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        Tooltip path = new Tooltip();
        path.textProperty().bind(status.fileProperty());
        file.setTooltip(path);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().setAll(totals, audit, spacer, file);
        getStyleClass().add("status-bar");
    }
}
