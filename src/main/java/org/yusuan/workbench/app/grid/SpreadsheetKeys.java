package org.yusuan.workbench.app.grid;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Makes a grid type like a spreadsheet: a typed character starts editing the focused cell with it,
 * F2 or Enter edits it, Ctrl+V pastes, Delete removes the selected rows. Arrows and Tab move as the
 * table does.
 */
public final class SpreadsheetKeys {

    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);

    private SpreadsheetKeys() {
    }

    /**
     * @param paste  called for Ctrl+V, or null where pasting makes no sense
     * @param delete called with the selected rows for Delete
     */
    public static <R> void install(TableView<R> table, Runnable paste, Consumer<List<R>> delete) {
        table.setOnKeyPressed(e -> {
            if (table.getEditingCell() != null) {
                return;
            }
            if (paste != null && PASTE.match(e)) {
                paste.run();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE && !table.getSelectionModel().getSelectedItems().isEmpty()) {
                delete.accept(List.copyOf(table.getSelectionModel().getSelectedItems()));
                e.consume();
            } else if (e.getCode() == KeyCode.F2 || e.getCode() == KeyCode.ENTER) {
                editFocused(table, null);
                e.consume();
            }
        });
        table.setOnKeyTyped(e -> {
            String typed = e.getCharacter();
            if (table.getEditingCell() == null && !typed.isEmpty() && !Character.isISOControl(typed.charAt(0))
                    && !e.isShortcutDown()) {
                editFocused(table, typed);
                e.consume();
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static <R> void editFocused(TableView<R> table, String typed) {
        TablePosition<R, ?> focus = table.getFocusModel().getFocusedCell();
        if (focus == null || focus.getRow() < 0 || focus.getTableColumn() == null) {
            return;
        }
        TextEditCell.pendingText = typed;
        table.edit(focus.getRow(), (TableColumn<R, ?>) focus.getTableColumn());
    }
}
