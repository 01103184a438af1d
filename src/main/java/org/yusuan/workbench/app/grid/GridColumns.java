package org.yusuan.workbench.app.grid;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** Columns of the spreadsheet-like grids: text (with an optional code picker), choice, read-only, amount. */
public final class GridColumns {

    private GridColumns() {
    }

    private static <R> TableColumn<R, R> column(String title, double width) {
        TableColumn<R, R> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    public static <R> TableColumn<R, R> text(String title, Function<R, String> display, Function<R, String> editText,
                                             BiFunction<R, String, Optional<String>> commit,
                                             Function<String, List<String>> suggestions, double width) {
        TableColumn<R, R> column = column(title, width);
        column.setCellFactory(c -> new TextEditCell<>(display, editText, commit, suggestions));
        return column;
    }

    public static <R, V> TableColumn<R, R> choice(String title, Function<R, V> value, Function<V, String> label,
                                                  List<V> choices, BiFunction<R, V, Optional<String>> commit,
                                                  double width) {
        TableColumn<R, R> column = column(title, width);
        column.setCellFactory(c -> new ChoiceEditCell<>(value, v -> v == null ? "" : label.apply(v), choices, commit));
        return column;
    }

    /**
     * A column shown but not typed into; {@code derived} rows (values that follow from others, such as
     * the government 款 from the mapping) are greyed.
     */
    public static <R> TableColumn<R, R> readOnly(String title, Function<R, String> display,
                                                 java.util.function.Predicate<R> derived, double width) {
        TableColumn<R, R> column = column(title, width);
        column.setEditable(false);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(R row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : display.apply(row));
                getStyleClass().remove("derived-cell");
                if (!empty && row != null && derived.test(row)) {
                    getStyleClass().add("derived-cell");
                }
            }
        });
        return column;
    }

    /** 元 typed plainly, shown with thousands separators, right-aligned. */
    public static <R> TableColumn<R, R> amount(String title, Function<R, org.yusuan.workbench.domain.money.Yuan> value,
                                               BiFunction<R, String, Optional<String>> commit, double width) {
        TableColumn<R, R> column = text(title, r -> value.apply(r).format(), r -> value.apply(r).toPlainString(),
                commit, null, width);
        column.getStyleClass().add("amount");
        column.setId("amount-column");
        return column;
    }
}
