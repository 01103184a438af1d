package org.yusuan.workbench.app.grid;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.TextFieldSkin;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/**
 * A grid cell edited as text, spreadsheet style: typing a character starts editing with it, Enter
 * commits and moves down the same column (Tab: to the next column), Esc cancels. A refused value keeps
 * the focus on its cell, to be typed again. With a suggestion source it becomes a code picker that finds codes by
 * code or by name ("2040201" or "行政运行").
 *
 * @param <R> the row type
 */
public final class TextEditCell<R> extends TableCell<R, R> {

    /** A character typed on a cell that was not editing, to begin the edit with. */
    public static String pendingText;
    /** The cell being edited, for characters typed before its field had the keyboard. */
    private static java.lang.ref.WeakReference<TextEditCell<?>> editing = new java.lang.ref.WeakReference<>(null);
    /**
     * What the edit in progress holds, kept apart from its cell: the grid may rebuild its cells in
     * the middle of an edit (a refresh, a re-layout), and the cell that takes the edit over must go
     * on from what was typed, not from the stored value.
     */
    private static Draft draft;

    private record Draft(TableView<?> table, int row, TableColumn<?, ?> column, String text) {

        boolean isFor(TableCell<?, ?> cell) {
            return table == cell.getTableView() && row == cell.getIndex() && column == cell.getTableColumn();
        }
    }

    private final Function<R, String> display;
    private final Function<R, String> editText;
    private final BiFunction<R, String, java.util.Optional<String>> commit;
    private final Function<String, List<String>> suggestions;
    private TextField field;
    private AutoCompletionBinding<String> completion;

    public TextEditCell(Function<R, String> display, Function<R, String> editText,
                 BiFunction<R, String, java.util.Optional<String>> commit, Function<String, List<String>> suggestions) {
        this.display = display;
        this.editText = editText;
        this.commit = commit;
        this.suggestions = suggestions;
    }

    @Override
    public void startEdit() {
        if (getItem() == null) {
            return;
        }
        super.startEdit();
        String text = pendingText != null ? pendingText
                : draft != null && draft.isFor(this) ? draft.text() : editText.apply(getItem());
        field = new TextField(text);
        draft = new Draft(getTableView(), getIndex(), getTableColumn(), text);
        field.textProperty().addListener((o, was, now) -> {
            if (draft != null && draft.isFor(this)) {
                draft = new Draft(draft.table(), draft.row(), draft.column(), now);
            }
        });
        // The skin brings the keys: without it, a field that is only skinned at the next pulse drops
        // the characters and the Enter a quick typist's keyboard delivers before that (issue 10).
        field.setSkin(new TextFieldSkin(field));
        pendingText = null;
        field.setOnAction(e -> finish(1, 0));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
            } else if (e.getCode() == KeyCode.TAB) {
                finish(0, e.isShiftDown() ? -1 : 1);
                e.consume();
            }
        });
        if (suggestions != null) {
            completion = TextFields.bindAutoCompletion(field, request -> suggestions.apply(request.getUserText()));
            completion.setOnAutoCompleted(e -> finish(1, 0));
            completion.setVisibleRowCount(12);
            hideWhenGone(field, completion);
            // Enter takes the highlighted suggestion only when it matches what was typed. The list
            // is fetched in the background after each key and lags a quick typist: Enter on
            // "2040202" chose the highlighted "2040201 行政运行" of the list for "204020" (a lost
            // code under load, 2026-11-28). And where the list's window has the keys (Monocle),
            // an Enter with nothing highlighted reached only the list.
            javafx.event.EventHandler<javafx.scene.input.KeyEvent> enter = e -> {
                if (e.getCode() == KeyCode.ENTER && isEditing() && !suggestionMatchesTyped()) {
                    e.consume();
                    finish(1, 0);
                }
            };
            completion.getAutoCompletionPopup().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, enter);
            completion.getAutoCompletionPopup().skinProperty().addListener((o, was, now) -> {
                if (now != null && now.getNode() != null) {
                    now.getNode().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, enter);
                }
            });
        }
        setText(null);
        setGraphic(field);
        editing = new java.lang.ref.WeakReference<>(this);
        focusField();
    }

    /**
     * A cell made while the grid lays out is in no scene yet, and a focus asked for then is lost
     * with the keys that follow: ask again once the editor is in the window.
     */
    private void focusField() {
        TextField target = field;
        if (target.getScene() != null) {
            target.requestFocus();
            target.end();
            return;
        }
        target.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o,
                                javafx.scene.Scene was, javafx.scene.Scene now) {
                if (now != null) {
                    target.sceneProperty().removeListener(this);
                    if (target == field && isEditing()) {
                        target.requestFocus();
                        target.end();
                    }
                }
            }
        });
    }

    /**
     * The suggestion list is a window of the stage's, not of the grid: when the grid leaves the
     * window (another page, another scene) during an edit, the list stayed on screen, and under
     * Monocle it kept taking the keys meant for the next editor.
     */
    private static void hideWhenGone(TextField target, AutoCompletionBinding<String> binding) {
        javafx.beans.InvalidationListener check = o -> {
            if (target.getScene() == null || target.getScene().getWindow() == null) {
                binding.getAutoCompletionPopup().hide();
            }
        };
        target.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.windowProperty().removeListener(check);
            }
            if (now != null) {
                now.windowProperty().addListener(check);
            }
            check.invalidated(o);
        });
        if (target.getScene() != null) {
            target.getScene().windowProperty().addListener(check);
        }
    }

    /** Whether the list highlights a suggestion holding what was typed (a code's digits or part of a name). */
    private boolean suggestionMatchesTyped() {
        return completion != null && field != null && completion.getAutoCompletionPopup().getSkin() != null
                && completion.getAutoCompletionPopup().getSkin().getNode() instanceof javafx.scene.control.ListView<?> list
                && list.getSelectionModel().getSelectedItem() != null
                && String.valueOf(list.getSelectionModel().getSelectedItem()).contains(field.getText().strip());
    }

    /**
     * A character that reached the table after an edit began but before the editor had the keyboard
     * (a quick typist on a busy machine): it belongs at the end of what is being typed, not lost.
     */
    static void typeAhead(String typed) {
        TextEditCell<?> cell = editing.get();
        if (cell != null && cell.isEditing() && cell.field != null) {
            cell.field.appendText(typed);
            cell.field.requestFocus();
            cell.field.end();
        } else if (pendingText != null) {
            pendingText += typed; // the edit the first character asked for has not started yet
        }
    }

    /** Commits, then moves the focus by {@code down} rows and {@code right} columns unless refused. */
    private void finish(int down, int right) {
        if (!isEditing()) {
            return;
        }
        R row = getItem();
        String text = field.getText();
        TableView<R> table = getTableView();
        int index = getIndex();
        TableColumn<R, ?> column = getTableColumn();
        cancelEdit();
        boolean refused = commit.apply(row, text).isPresent();
        table.refresh(); // a refused value shows the stored one again
        // the commit replaced the rows, which drops the focus to the row's first column: put it back
        int columnIndex = table.getVisibleLeafIndex(column) + (refused ? 0 : right);
        TableColumn<R, ?> next = columnIndex >= 0 && columnIndex < table.getVisibleLeafColumns().size()
                ? table.getVisibleLeafColumn(columnIndex) : column;
        SpreadsheetKeys.focusCell(table, refused ? index : index + down, next);
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        TableView<R> table = getTableView();
        if (table == null || table.getEditingCell() == null) {
            draft = null; // the edit ended (Esc, Enter, elsewhere); a cell only being replaced keeps it
        }
        if (completion != null) {
            // dispose() leaves a showing list on screen, for an editor that is gone
            completion.getAutoCompletionPopup().hide();
            completion.dispose();
            completion = null;
        }
        setGraphic(null);
        setText(getItem() == null ? null : display.apply(getItem()));
    }

    @Override
    protected void updateItem(R row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setText(null);
            setGraphic(null);
        } else if (!isEditing()) {
            setText(display.apply(row));
            setGraphic(null);
        }
    }
}
