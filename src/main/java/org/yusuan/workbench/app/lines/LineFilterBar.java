package org.yusuan.workbench.app.lines;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.domain.budget.BudgetUnit;

/**
 * The small bar above the basic-lines grid: 单位 and 功能科目 to show, and 全部 to show every line again.
 * The boxes hold codes; "" stands for 全部 (a ComboBox shows a null item as nothing at all).
 */
final class LineFilterBar extends HBox {

    private static final String ALL = "";

    LineFilterBar(LineFilter filter, List<BudgetUnit> units, Function<String, String> functionName) {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("filter-bar");
        List<String> unitCodes = new ArrayList<>();
        unitCodes.add(ALL);
        units.forEach(u -> unitCodes.add(u.code()));
        ComboBox<String> unit = box("filter-unit", FXCollections.observableArrayList(unitCodes),
                code -> code.equals(ALL) ? Messages.get("lines.filter.allUnits")
                        : units.stream().filter(u -> u.code().equals(code)).map(BudgetUnit::name).findFirst().orElse(code),
                filter.unitProperty());
        ObservableList<String> functionCodes = FXCollections.observableArrayList();
        Runnable listFunctions = () -> {
            List<String> codes = new ArrayList<>();
            codes.add(ALL);
            codes.addAll(filter.functionCodes());
            functionCodes.setAll(codes);
        };
        listFunctions.run();
        filter.functionCodes().addListener((javafx.collections.ListChangeListener<String>) c -> listFunctions.run());
        ComboBox<String> function = box("filter-function", functionCodes,
                code -> code.equals(ALL) ? Messages.get("lines.filter.allFunctions") : code + " " + functionName.apply(code),
                filter.functionProperty());
        Button all = new Button(Messages.get("lines.filter.showAll"));
        all.setId("filter-clear");
        all.setOnAction(e -> filter.showAll());
        all.disableProperty().bind(filter.unitProperty().isNull().and(filter.functionProperty().isNull()));
        getChildren().addAll(new Label(Messages.get("lines.filter.label")), new Label(Messages.get("lines.column.unit")), unit,
                new Label(Messages.get("lines.column.function")), function, all);
        // In a narrow window the boxes, whose choices are long names, give way; the words around them stay.
        for (javafx.scene.Node child : getChildren()) {
            if (child instanceof javafx.scene.control.Labeled words) {
                words.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
        unit.setMinWidth(150);
        function.setMinWidth(150);
    }

    /** A box that shows {@code shown} and follows it both ways ("" in the box is null in the filter). */
    private static ComboBox<String> box(String id, ObservableList<String> items, Function<String, String> label,
                                        ObjectProperty<String> shown) {
        ComboBox<String> box = new ComboBox<>(items);
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : label.apply(code);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        box.setValue(shown.get() == null ? ALL : shown.get());
        box.valueProperty().addListener((o, was, now) -> shown.set(now == null || now.equals(ALL) ? null : now));
        shown.addListener((o, was, now) -> box.setValue(now == null ? ALL : now));
        return box;
    }
}
