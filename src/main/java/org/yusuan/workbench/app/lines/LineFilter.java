package org.yusuan.workbench.app.lines;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.yusuan.workbench.domain.money.Yuan;

/**
 * The basic-lines grid's filter by unit and by 功能科目, and the 合计 of what it shows: the exact sum
 * in 元 of the shown lines, recomputed whenever a line, the filter or an undo changes them.
 */
public final class LineFilter {

    private final FilteredList<BasicLineRow> shown;
    /** Unit code shown, null for every unit. */
    private final ObjectProperty<String> unit = new SimpleObjectProperty<>();
    /** 功能科目 (项) shown, null for every one. */
    private final ObjectProperty<String> function = new SimpleObjectProperty<>();
    private final ObservableList<String> functionCodes = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Yuan> total = new ReadOnlyObjectWrapper<>(Yuan.ZERO);
    private final ReadOnlyObjectWrapper<Integer> count = new ReadOnlyObjectWrapper<>(0);

    LineFilter(ObservableList<BasicLineRow> rows) {
        shown = new FilteredList<>(rows);
        unit.addListener((o, was, now) -> apply());
        function.addListener((o, was, now) -> apply());
        shown.addListener((ListChangeListener<BasicLineRow>) c -> sum());
        rows.addListener((ListChangeListener<BasicLineRow>) c -> listFunctions(rows));
        listFunctions(rows);
        sum();
    }

    /** Replaces the list only when it changed: a replaced list would make the filter's box lose its choice. */
    private void listFunctions(List<BasicLineRow> rows) {
        List<String> codes = rows.stream().map(r -> r.line().functionCode()).distinct().sorted().toList();
        if (!codes.equals(functionCodes)) {
            functionCodes.setAll(codes);
        }
    }

    private void apply() {
        String u = unit.get();
        String f = function.get();
        shown.setPredicate(u == null && f == null ? null
                : r -> (u == null || u.equals(r.line().unitCode())) && (f == null || f.equals(r.line().functionCode())));
    }

    private void sum() {
        Yuan sum = Yuan.ZERO;
        for (BasicLineRow row : shown) {
            sum = sum.plus(row.line().amount());
        }
        total.set(sum);
        count.set(shown.size());
    }

    /** The lines the filter lets through, in id order (the grid sorts a view of them). */
    public ObservableList<BasicLineRow> shown() {
        return shown;
    }

    public ObjectProperty<String> unitProperty() {
        return unit;
    }

    public ObjectProperty<String> functionProperty() {
        return function;
    }

    /** The 功能科目 the lines use, for the filter's list. */
    public ObservableList<String> functionCodes() {
        return functionCodes;
    }

    /** The exact sum of the shown lines' amounts. */
    public ReadOnlyObjectProperty<Yuan> totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Integer> countProperty() {
        return count.getReadOnlyProperty();
    }

    public boolean isActive() {
        return unit.get() != null || function.get() != null;
    }

    public void showAll() {
        unit.set(null);
        function.set(null);
    }

    /** True if the filter shows the line with that id. */
    public boolean shows(long lineId) {
        return shown.stream().anyMatch(r -> r.line().id() == lineId);
    }
}
