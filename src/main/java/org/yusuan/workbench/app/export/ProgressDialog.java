package org.yusuan.workbench.app.export;

import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.yusuan.workbench.app.common.Messages;

/**
 * Long work (import, export, preview) shown while it runs off the FX thread: its message, a progress
 * bar and a 取消 button that cancels the task. Closes itself when the task ends.
 */
public final class ProgressDialog {

    private ProgressDialog() {
    }

    public static void show(Window owner, String title, Task<?> task) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        Label message = new Label();
        message.textProperty().bind(task.messageProperty());
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(360);
        bar.progressProperty().bind(task.progressProperty());
        Button cancel = new Button(Messages.get("export.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> task.cancel());
        HBox buttons = new HBox(cancel);
        buttons.setStyle("-fx-alignment: center-right;");
        VBox content = new VBox(12, message, bar, buttons);
        content.setPadding(new Insets(20));
        stage.setScene(new Scene(content));
        stage.setOnCloseRequest(e -> task.cancel());
        task.stateProperty().addListener((o, was, now) -> {
            if (now == Worker.State.SUCCEEDED || now == Worker.State.FAILED || now == Worker.State.CANCELLED) {
                stage.close();
            }
        });
        stage.show();
    }
}
