package org.yusuan.workbench.app.grid;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/**
 * A grid cell edited as text, spreadsheet style: typing a character starts editing with it, Enter or
 * Tab commits, Esc cancels. With a suggestion source it becomes a code picker that finds codes by
 * code or by name ("2040201" or "行政运行").
 *
 * @param <R> the row type
 */
public final class TextEditCell<R> extends TableCell<R, R> {

    /** A character typed on a cell that was not editing, to begin the edit with. */
    public static String pendingText;

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
        field = new TextField(pendingText != null ? pendingText : editText.apply(getItem()));
        pendingText = null;
        field.setOnAction(e -> finish());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
            } else if (e.getCode() == KeyCode.TAB) {
                finish();
            }
        });
        if (suggestions != null) {
            completion = TextFields.bindAutoCompletion(field, request -> suggestions.apply(request.getUserText()));
            completion.setOnAutoCompleted(e -> finish());
            completion.setVisibleRowCount(12);
        }
        setText(null);
        setGraphic(field);
        field.requestFocus();
        field.end();
    }

    private void finish() {
        if (!isEditing()) {
            return;
        }
        R row = getItem();
        String text = field.getText();
        cancelEdit();
        commit.apply(row, text);
        getTableView().refresh(); // a refused value shows the stored one again
        getTableView().requestFocus();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        if (completion != null) {
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
