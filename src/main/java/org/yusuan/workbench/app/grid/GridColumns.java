package org.yusuan.workbench.app.grid;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.yusuan.workbench.domain.money.Yuan;

/**
 * Columns of the spreadsheet-like grids: text (with an optional code picker), choice, read-only, amount.
 * Each column also knows the text Ctrl+C copies and the order a header click sorts by; both are kept
 * in the column's properties so the shared keys and clipboard need nothing from the screen.
 */
public final class GridColumns {

    /** Property keys: objects, not strings, so they cannot collide with JavaFX's own. */
    private static final Object COPY = new Object();
    private static final Object SHOWN = new Object();
    private static final Object ALSO_SHOWN = new Object();
    private static final Object FIELD = new Object();
    private static final Object ORDER = new Object();

    private GridColumns() {
    }

    /** {@code shown}: the text a cell shows, which Ctrl+C also copies unless the column says otherwise. */
    private static <R> TableColumn<R, R> column(String title, double width, Function<R, String> shown) {
        TableColumn<R, R> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.getProperties().put(COPY, shown);
        column.getProperties().put(SHOWN, shown);
        ordered(column, Comparator.comparing(shown, Comparator.nullsFirst(Comparator.naturalOrder())));
        return column;
    }

    private static <R> void ordered(TableColumn<R, R> column, Comparator<R> order) {
        column.getProperties().put(ORDER, order);
        column.setComparator(order);
    }

    public static <R> TableColumn<R, R> text(String title, Function<R, String> display, Function<R, String> editText,
                                             BiFunction<R, String, Optional<String>> commit,
                                             Function<String, List<String>> suggestions, double width) {
        TableColumn<R, R> column = column(title, width, display);
        column.setCellFactory(c -> new TextEditCell<>(display, editText, commit, suggestions));
        return column;
    }

    public static <R, V> TableColumn<R, R> choice(String title, Function<R, V> value, Function<V, String> label,
                                                  List<V> choices, BiFunction<R, V, Optional<String>> commit,
                                                  double width) {
        Function<V, String> shown = v -> v == null ? "" : label.apply(v);
        TableColumn<R, R> column = column(title, width, r -> shown.apply(value.apply(r)));
        column.setCellFactory(c -> new ChoiceEditCell<>(value, shown, choices, commit));
        return column;
    }

    /**
     * A column shown but not typed into; {@code derived} rows (values that follow from others, such as
     * the government 款 from the mapping) are greyed.
     */
    public static <R> TableColumn<R, R> readOnly(String title, Function<R, String> display,
                                                 java.util.function.Predicate<R> derived, double width) {
        TableColumn<R, R> column = column(title, width, display);
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

    /**
     * 元 typed plainly, shown with thousands separators, right-aligned; copied as a plain number with two
     * decimals (what WPS/Excel read as a number) and sorted by value, not by text.
     */
    public static <R> TableColumn<R, R> amount(String title, Function<R, Yuan> value,
                                               BiFunction<R, String, Optional<String>> commit, double width) {
        TableColumn<R, R> column = text(title, r -> value.apply(r).format(), r -> value.apply(r).toPlainString(),
                commit, null, width);
        column.getProperties().put(COPY, (Function<R, String>) r -> value.apply(r).toPlainString());
        ordered(column, Comparator.comparing(value));
        column.getStyleClass().add("amount");
        column.setId("amount-column");
        return column;
    }

    /** Names the field a column edits, for {@link GridCell}: what Delete clears. */
    public static <R> TableColumn<R, R> field(String field, TableColumn<R, R> column) {
        column.getProperties().put(FIELD, field);
        return column;
    }

    /** The field name given with {@link #field}, or null for a column Delete leaves alone. */
    static String fieldOf(TableColumn<?, ?> column) {
        return (String) column.getProperties().get(FIELD);
    }

    /** The text a cell of this column shows for {@code row} (what its width is fitted to). */
    @SuppressWarnings("unchecked")
    static <R> String shownText(TableColumn<R, ?> column, R row) {
        Object shown = column.getProperties().get(SHOWN);
        return shown == null ? String.valueOf(column.getCellData(row)) : ((Function<R, String>) shown).apply(row);
    }

    /** A text shown under the column outside its rows (the 合计), which the column's width must hold too. */
    static void alsoShows(TableColumn<?, ?> column, ObservableValue<String> text) {
        column.getProperties().put(ALSO_SHOWN, text);
    }

    /** The text given with {@link #alsoShows}, or "". */
    static String alsoShown(TableColumn<?, ?> column) {
        return column.getProperties().get(ALSO_SHOWN) instanceof ObservableValue<?> text && text.getValue() != null
                ? text.getValue().toString() : "";
    }

    /** The text Ctrl+C copies from a row of this column. */
    @SuppressWarnings("unchecked")
    static <R> String copyText(TableColumn<R, ?> column, R row) {
        Object copy = column.getProperties().get(COPY);
        return copy == null ? String.valueOf(column.getCellData(row)) : ((Function<R, String>) copy).apply(row);
    }

    /**
     * Lets a header click sort the grid by any column. Only for a table whose items are a
     * {@link javafx.collections.transformation.SortedList} bound to the table's comparator: sorting then
     * reorders the view, never the view model's list, so edits still find their record by id.
     */
    public static <R> void sortable(TableView<R> table) {
        for (TableColumn<R, ?> column : table.getColumns()) {
            column.setSortable(column.getProperties().containsKey(ORDER));
        }
    }
}
