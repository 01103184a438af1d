package org.yusuan.workbench.app.grid;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.yusuan.workbench.app.common.Messages;

/**
 * The question before 删除行: rows go only on an explicit request, with how many, because Delete
 * merely clears cells and a stray Ctrl+Minus should not cost a day's typing (undo brings them back
 * anyway, and the question says so).
 */
public final class RowDeletion {

    private RowDeletion() {
    }

    /** True when the accountant confirms deleting {@code count} rows ({@code what}: 基本支出, 项目明细). */
    public static boolean confirm(Node owner, int count, String what) {
        ButtonType delete = new ButtonType(Messages.get("grid.deleteRows.delete"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("grid.deleteRows.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("grid.deleteRows.undo"), delete, cancel);
        alert.setTitle(Messages.get("grid.deleteRows.title"));
        alert.setHeaderText(Messages.get("grid.deleteRows.question", String.valueOf(count), what));
        alert.getDialogPane().setId("confirm-delete-rows");
        if (owner != null && owner.getScene() != null) {
            alert.initOwner(owner.getScene().getWindow());
        }
        return alert.showAndWait().filter(delete::equals).isPresent();
    }
}
