package org.yusuan.workbench.app.grid;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Makes a grid type like a spreadsheet: a typed character starts editing the focused cell with it,
 * F2 or Enter edits it, Ctrl+V pastes, Ctrl+C copies the selection as tab-separated text. Arrows and
 * Tab move as the table does. The line grids ({@link #install(TableView, Runnable, Consumer, Consumer)})
 * keep WPS's habits for Delete too: it clears the selected cells, and rows go only through an
 * explicit 删除行 (Ctrl+Minus, as in Excel).
 */
public final class SpreadsheetKeys {

    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination DELETE_ROWS = new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination DELETE_ROWS_KEYPAD =
            new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN);

    private SpreadsheetKeys() {
    }

    /**
     * For the small editors (units, staffing, indicators) where a row is one thing: Delete removes it.
     *
     * @param paste  called for Ctrl+V, or null where pasting makes no sense
     * @param delete called with the selected rows for Delete
     */
    public static <R> void install(TableView<R> table, Runnable paste, Consumer<List<R>> delete) {
        install(table, paste, e -> {
            if (e.getCode() == KeyCode.DELETE && !table.getSelectionModel().getSelectedItems().isEmpty()) {
                delete.accept(List.copyOf(table.getSelectionModel().getSelectedItems()));
                return true;
            }
            return false;
        });
    }

    /**
     * For the line grids: Delete (or Backspace) clears the selected cells, Ctrl+Minus asks
     * {@code deleteRows} to remove the rows that hold a selected cell.
     *
     * @param paste      called for Ctrl+V, or null where pasting makes no sense
     * @param clear      called with the selected cells of columns that name a {@link GridColumns#field}
     * @param deleteRows called with the selected rows, once each, in the grid's order
     */
    public static <R> void install(TableView<R> table, Runnable paste, Consumer<List<GridCell<R>>> clear,
                                   Consumer<List<R>> deleteRows) {
        install(table, paste, e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                List<GridCell<R>> cells = selectedCells(table);
                if (!cells.isEmpty()) {
                    clear.accept(cells);
                }
                return true;
            }
            if (DELETE_ROWS.match(e) || DELETE_ROWS_KEYPAD.match(e)) {
                List<R> rows = selectedRows(table);
                if (!rows.isEmpty()) {
                    deleteRows.accept(rows);
                }
                return true;
            }
            return false;
        });
    }

    private interface KeyAction {
        boolean handled(KeyEvent e);
    }

    private static <R> void install(TableView<R> table, Runnable paste, KeyAction delete) {
        table.setOnKeyPressed(e -> {
            if (table.getEditingCell() != null) {
                return;
            }
            if (paste != null && PASTE.match(e)) {
                paste.run();
                e.consume();
            } else if (COPY.match(e)) {
                GridClipboard.copy(table);
                e.consume();
            } else if (delete.handled(e)) {
                e.consume();
            } else if (e.getCode() == KeyCode.F2 || e.getCode() == KeyCode.ENTER) {
                editFocused(table, null);
                e.consume();
            }
        });
        table.setOnKeyTyped(e -> {
            String typed = e.getCharacter();
            if (typed.isEmpty() || Character.isISOControl(typed.charAt(0)) || e.isShortcutDown()) {
                return;
            }
            if (table.getEditingCell() == null) {
                editFocused(table, typed);
                e.consume();
            } else if (e.getTarget() == table) {
                TextEditCell.typeAhead(typed);
                e.consume();
            }
        });
    }

    /** The selected cells whose column names a field, in the grid's order. */
    public static <R> List<GridCell<R>> selectedCells(TableView<R> table) {
        List<GridCell<R>> cells = new ArrayList<>();
        for (TablePosition<R, ?> position : sortedSelection(table)) {
            String field = position.getTableColumn() == null ? null : GridColumns.fieldOf(position.getTableColumn());
            if (field != null && position.getRow() >= 0 && position.getRow() < table.getItems().size()) {
                cells.add(new GridCell<>(table.getItems().get(position.getRow()), field));
            }
        }
        return cells;
    }

    /** The rows holding a selected cell, once each, in the grid's order: what 删除行 removes. */
    public static <R> List<R> selectedRows(TableView<R> table) {
        LinkedHashSet<R> rows = new LinkedHashSet<>();
        for (TablePosition<R, ?> position : sortedSelection(table)) {
            if (position.getRow() >= 0 && position.getRow() < table.getItems().size()) {
                rows.add(table.getItems().get(position.getRow()));
            }
        }
        return List.copyOf(rows);
    }

    static <R> List<TablePosition<R, ?>> sortedSelection(TableView<R> table) {
        List<TablePosition<R, ?>> positions = new ArrayList<>();
        for (TablePosition<?, ?> position : table.getSelectionModel().getSelectedCells()) {
            @SuppressWarnings("unchecked")
            TablePosition<R, ?> typed = (TablePosition<R, ?>) position;
            positions.add(typed);
        }
        positions.sort((a, b) -> a.getRow() != b.getRow() ? Integer.compare(a.getRow(), b.getRow())
                : Integer.compare(table.getVisibleLeafIndex(a.getTableColumn()), table.getVisibleLeafIndex(b.getTableColumn())));
        return positions;
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

    /**
     * Puts the focus (and the selection) on a cell, as after Enter in WPS: the next arrow or typed
     * character continues from there. Rows past the end stay on the last row.
     */
    public static <R> void focusCell(TableView<R> table, int row, TableColumn<R, ?> column) {
        if (table.getItems().isEmpty() || column == null) {
            return;
        }
        int target = Math.max(0, Math.min(row, table.getItems().size() - 1));
        table.getSelectionModel().clearAndSelect(target, column);
        table.getFocusModel().focus(target, column);
        // the flow scrolls only as far as needed; TableView.scrollTo would put the row at the top every time
        if (table.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow) {
            flow.scrollTo(target);
        }
        table.requestFocus();
    }
}
