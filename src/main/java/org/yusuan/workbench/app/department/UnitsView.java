package org.yusuan.workbench.app.department;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.app.grid.GridColumns;
import org.yusuan.workbench.app.grid.GridFit;
import org.yusuan.workbench.app.grid.SpreadsheetKeys;
import org.yusuan.workbench.domain.budget.BudgetUnit;
import org.yusuan.workbench.domain.budget.StaffCategory;
import org.yusuan.workbench.domain.budget.Staffing;
import org.yusuan.workbench.domain.budget.UnitType;

/** 单位与人员: the department header, the units grid and the selected unit's staffing grid. */
public final class UnitsView extends BorderPane {

    private final UnitsViewModel model;
    private final TableView<BudgetUnit> units;

    public UnitsView(UnitsViewModel model) {
        this.model = model;
        HBox header = new HBox(16,
                Fields.labelled(Messages.get("dept.units.departmentCode"),
                        id(Fields.committed(model.departmentCodeProperty(), model::editDepartmentCode, 110), "department-code")),
                Fields.labelled(Messages.get("dept.units.departmentName"),
                        id(Fields.committed(model.departmentNameProperty(), model::editDepartmentName, 360), "department-name")),
                Fields.labelled(Messages.get("dept.units.budgetYear"),
                        id(Fields.committed(model.budgetYearProperty(), model::editBudgetYear, 90), "budget-year")),
                Fields.labelled(Messages.get("dept.units.divisionCode"),
                        id(Fields.committed(model.divisionCodeProperty(), model::editDivisionCode, 120), "division-code")));
        Label totals = new Label();
        totals.setId("staff-totals");
        totals.setStyle(Fields.TOTALS_STYLE);
        totals.textProperty().bind(model.totalsProperty());
        VBox top = new VBox(10, Fields.heading("dept.units.heading"), header, totals,
                Fields.message(model.messageProperty(), "units-message"));
        top.getStyleClass().add("table-top");

        units = unitsTable();
        VBox unitsBox = new VBox(8, Fields.section("dept.units.units"),
                new HBox(8, button("add-unit", "dept.units.addUnit", () -> model.addUnit()),
                        button("delete-unit", "dept.units.deleteUnit",
                                () -> model.deleteUnit(units.getSelectionModel().getSelectedItem()))),
                units, Fields.hint("dept.units.hint"));
        VBox.setVgrow(units, Priority.ALWAYS);
        TableView<Staffing> staffing = staffingTable();
        Label unitTotals = new Label();
        unitTotals.textProperty().bind(model.unitTotalsProperty());
        VBox staffingBox = new VBox(8, Fields.section("dept.units.staffing"),
                new HBox(8, button("add-staffing", "dept.units.addStaffing", () -> model.addStaffing()),
                        button("delete-staffing", "dept.units.deleteStaffing",
                                () -> model.deleteStaffing(staffing.getSelectionModel().getSelectedItem()))),
                staffing, unitTotals);
        VBox.setVgrow(staffing, Priority.ALWAYS);
        HBox.setHgrow(unitsBox, Priority.ALWAYS);
        staffingBox.setPrefWidth(400);
        staffingBox.setMinWidth(360);
        setTop(top);
        setCenter(new HBox(24, unitsBox, staffingBox));
        getStyleClass().add("page");
    }

    private TableView<BudgetUnit> unitsTable() {
        TableView<BudgetUnit> table = new TableView<>(model.units());
        table.setId("units-table");
        table.setEditable(true);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getColumns().setAll(List.of(
                GridColumns.text(Messages.get("dept.units.column.code"), BudgetUnit::code, BudgetUnit::code,
                        model::editUnitCode, null, 100),
                GridColumns.text(Messages.get("dept.units.column.name"), BudgetUnit::name, BudgetUnit::name,
                        model::editUnitName, null, 330),
                GridColumns.choice(Messages.get("dept.units.column.type"), BudgetUnit::type, UnitType::label,
                        List.of(UnitType.values()), model::editUnitType, 200)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        GridFit.holdEveryColumnWhole(table);
        SpreadsheetKeys.install(table, null, rows -> rows.forEach(model::deleteUnit));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> showSelected(table, now));
        showSelected(table, model.selectedProperty().get());
        return table;
    }

    private static void showSelected(TableView<BudgetUnit> table, BudgetUnit unit) {
        if (unit != null && table.getSelectionModel().getSelectedItem() != unit) {
            int index = table.getItems().indexOf(unit);
            if (index >= 0) {
                table.getSelectionModel().clearAndSelect(index, table.getColumns().get(0));
            }
        }
    }

    private TableView<Staffing> staffingTable() {
        TableView<Staffing> table = new TableView<>(model.staffing());
        table.setId("staffing-table");
        table.setEditable(true);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setPlaceholder(new Label(Messages.get("dept.units.noStaffing")));
        var authorized = GridColumns.text(Messages.get("dept.units.column.authorized"),
                (Staffing s) -> String.valueOf(s.authorized()), s -> String.valueOf(s.authorized()),
                model::editAuthorized, null, 90);
        authorized.setId("authorized-column");
        authorized.getStyleClass().add("amount");
        var actual = GridColumns.text(Messages.get("dept.units.column.actual"),
                (Staffing s) -> String.valueOf(s.actual()), s -> String.valueOf(s.actual()), model::editActual, null, 90);
        actual.getStyleClass().add("amount");
        table.getColumns().setAll(List.of(
                GridColumns.choice(Messages.get("dept.units.column.category"), Staffing::category, StaffCategory::label,
                        List.of(StaffCategory.values()), model::editCategory, 150),
                authorized, actual));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        GridFit.holdEveryColumnWhole(table);
        SpreadsheetKeys.install(table, null, rows -> rows.forEach(model::deleteStaffing));
        return table;
    }

    /** Selects the unit an audit finding is about. */
    public void select(String unitCode) {
        model.select(unitCode);
        units.requestFocus();
    }

    private static Button button(String id, String key, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static <N extends javafx.scene.Node> N id(N node, String id) {
        node.setId(id);
        return node;
    }
}
