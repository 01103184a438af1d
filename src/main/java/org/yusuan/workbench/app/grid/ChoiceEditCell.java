package org.yusuan.workbench.app.grid;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.input.KeyCode;

/** A grid cell chosen from a fixed list (资金来源, 经费类型, 资金年度, 单位). */
public final class ChoiceEditCell<R, V> extends TableCell<R, R> {

    private final Function<R, V> value;
    private final Function<V, String> label;
    private final List<V> choices;
    private final BiFunction<R, V, java.util.Optional<String>> commit;

    public ChoiceEditCell(Function<R, V> value, Function<V, String> label, List<V> choices,
                   BiFunction<R, V, java.util.Optional<String>> commit) {
        this.value = value;
        this.label = label;
        this.choices = choices;
        this.commit = commit;
    }

    @Override
    public void startEdit() {
        if (getItem() == null) {
            return;
        }
        super.startEdit();
        TextEditCell.pendingText = null;
        ComboBox<V> box = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(choices));
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(V v) {
                return v == null ? "" : label.apply(v);
            }

            @Override
            public V fromString(String s) {
                return choices.stream().filter(c -> label.apply(c).equals(s)).findFirst().orElse(null);
            }
        });
        box.setValue(value.apply(getItem()));
        box.setMaxWidth(Double.MAX_VALUE);
        // The skin brings the keys (its behaviour moves the choice with Up and Down): a box skinned
        // only at the next pulse drops the keys a quick typist's keyboard delivers before that,
        // as TextEditCell's field did (issue 10).
        box.setSkin(new ComboBoxListViewSkin<>(box));
        box.setOnAction(e -> {
            R row = getItem();
            V chosen = box.getValue();
            var table = getTableView();
            int index = getIndex();
            var column = getTableColumn();
            cancelEdit();
            if (chosen != null) {
                commit.apply(row, chosen);
            }
            table.refresh();
            // the commit replaced the rows; the focus stays on this cell, not on the row's first column
            SpreadsheetKeys.focusCell(table, index, column);
        });
        box.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
            }
        });
        setText(null);
        setGraphic(box);
        box.requestFocus();
        box.show();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        setGraphic(null);
        setText(getItem() == null ? null : label.apply(value.apply(getItem())));
    }

    @Override
    protected void updateItem(R row, boolean empty) {
        super.updateItem(row, empty);
        setGraphic(null);
        setText(empty || row == null ? null : label.apply(value.apply(row)));
    }
}
