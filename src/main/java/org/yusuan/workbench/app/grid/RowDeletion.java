package org.yusuan.workbench.app.grid;

import javafx.scene.Node;
import org.yusuan.workbench.app.common.DialogService;
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
        return new DialogService(() -> owner == null || owner.getScene() == null ? null : owner.getScene().getWindow())
                .ask("confirm-delete-rows", Messages.get("grid.deleteRows.title"),
                        Messages.get("grid.deleteRows.question", String.valueOf(count), what),
                        Messages.get("grid.deleteRows.undo"), Messages.get("grid.deleteRows.delete"),
                        Messages.get("grid.deleteRows.cancel"));
    }
}
