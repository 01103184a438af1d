package org.yusuan.workbench.app.department;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.app.grid.GridColumns;
import org.yusuan.workbench.domain.Labelled;
import org.yusuan.workbench.domain.budget.BudgetUnit;
import org.yusuan.workbench.domain.budget.FundingSource;
import org.yusuan.workbench.service.calculators.CalculatedLine;

/** What both calculator screens show: where the lines go (单位, 功能科目, 资金来源) and the lines themselves. */
final class CalculatorParts {

    private CalculatorParts() {
    }

    /** Unit, 功能项 and source of the lines a calculator writes, shared by both calculators. */
    static Node target(List<BudgetUnit> units, CalculatorTarget target) {
        ObjectProperty<BudgetUnit> unit = target.unitProperty();
        ReadOnlyStringProperty function = target.functionCodeProperty();
        Function<String, String> functionLabel = code -> target.functionLabel();
        Function<String, Optional<String>> editFunction = target::editFunction;
        Function<String, List<String>> suggestions = target::functionSuggestions;
        ObjectProperty<FundingSource> source = target.sourceProperty();
        ComboBox<BudgetUnit> unitBox = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(units));
        unitBox.setId("calc-unit");
        unitBox.setConverter(converter(BudgetUnit::name));
        unitBox.valueProperty().bindBidirectional(unit);
        unitBox.setPrefWidth(300);
        TextField functionField = new TextField(functionLabel.apply(function.get()));
        functionField.setId("calc-function");
        functionField.setPrefWidth(260);
        Runnable commit = () -> {
            if (!functionField.getText().equals(functionLabel.apply(function.get()))) {
                editFunction.apply(functionField.getText());
                functionField.setText(functionLabel.apply(function.get()));
            }
        };
        functionField.setOnAction(e -> commit.run());
        functionField.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
        TextFields.bindAutoCompletion(functionField, r -> suggestions.apply(r.getUserText()))
                .setOnAutoCompleted(e -> commit.run());
        function.addListener((o, was, now) -> functionField.setText(functionLabel.apply(now)));
        ComboBox<FundingSource> sourceBox = new ComboBox<>(
                javafx.collections.FXCollections.observableArrayList(FundingSource.values()));
        sourceBox.setConverter(converter(Labelled::label));
        sourceBox.valueProperty().bindBidirectional(source);
        return new HBox(16, Fields.labelled(Messages.get("dept.calc.unit"), unitBox),
                Fields.labelled(Messages.get("dept.calc.function"), functionField),
                Fields.labelled(Messages.get("dept.calc.source"), sourceBox));
    }

    /** The lines a write would add: 科目, 金额, 测算依据. */
    static TableView<CalculatedLine> result(ObservableList<CalculatedLine> lines, String id) {
        TableView<CalculatedLine> table = new TableView<>(lines);
        table.setId(id);
        var amount = GridColumns.readOnly(Messages.get("dept.calc.column.amount"),
                (CalculatedLine l) -> l.amount().format(), l -> false, 140);
        amount.getStyleClass().add("amount");
        table.getColumns().setAll(List.of(
                GridColumns.readOnly(Messages.get("dept.calc.column.code"),
                        (CalculatedLine l) -> l.economicCode() + " " + l.label(), l -> false, 250),
                amount,
                GridColumns.readOnly(Messages.get("dept.calc.column.basis"), CalculatedLine::basis, l -> false, 420)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
