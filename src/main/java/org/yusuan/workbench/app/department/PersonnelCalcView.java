package org.yusuan.workbench.app.department;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.app.grid.GridColumns;
import org.yusuan.workbench.service.calculators.Contribution;
import org.yusuan.workbench.service.calculators.PayItem;
import org.yusuan.workbench.service.calculators.StaffPay;

/** 人员经费测算: headcounts and monthly standards by category, months, contribution rates, the lines to write. */
public final class PersonnelCalcView extends BorderPane {

    public PersonnelCalcView(PersonnelCalcViewModel model) {
        var target = CalculatorParts.target(model.units(), model.target());

        TableView<StaffPay> staff = new TableView<>(model.staff());
        staff.setId("personnel-staff");
        staff.setEditable(true);
        staff.getSelectionModel().setCellSelectionEnabled(true);
        List<TableColumn<StaffPay, StaffPay>> columns = new ArrayList<>();
        columns.add(GridColumns.readOnly(Messages.get("dept.calc.category"), (StaffPay p) -> p.category().label(),
                p -> false, 110));
        var headcount = GridColumns.text(Messages.get("dept.calc.headcount"), (StaffPay p) -> String.valueOf(p.headcount()),
                p -> String.valueOf(p.headcount()), model::editHeadcount, null, 70);
        headcount.getStyleClass().add("amount");
        columns.add(headcount);
        for (PayItem item : PayItem.values()) {
            var column = GridColumns.amount(Messages.get("dept.calc.standardColumn", item.label()),
                    (StaffPay p) -> p.standard(item), (p, text) -> model.editStandard(p, item, text), 150);
            column.setId(null);
            columns.add(column);
        }
        staff.getColumns().setAll(columns);
        staff.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        staff.setFixedCellSize(30);
        // Five categories, always all shown: no scroll bar over the last one.
        staff.setPrefHeight(30 * 5 + 48);
        staff.setMinHeight(30 * 5 + 48);

        HBox months = new HBox(12);
        for (PayItem item : PayItem.values()) {
            months.getChildren().add(Fields.labelled(item.label() + Messages.get("dept.calc.months"),
                    Fields.committed(() -> String.valueOf(model.months(item)), t -> model.editMonths(item, t), 80)));
        }
        HBox rates = new HBox(12);
        for (Contribution c : Contribution.values()) {
            rates.getChildren().add(Fields.labelled(Messages.get("dept.calc.rate." + c.name()),
                    Fields.committed(() -> model.rate(c).toPlainString(), t -> model.editRate(c, t), 90)));
        }

        var result = CalculatorParts.result(model.result(), "personnel-result");
        result.setPlaceholder(new Label(Messages.get("dept.calc.personnelEmpty")));
        Label total = new Label();
        total.setId("personnel-total");
        total.setStyle(Fields.TOTALS_STYLE);
        total.textProperty().bind(model.totalProperty());
        Button write = new Button(Messages.get("dept.calc.write"));
        write.setId("personnel-write");
        write.getStyleClass().add("accent");
        write.setOnAction(e -> model.write());
        HBox footer = new HBox(16, total, write);
        footer.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        VBox top = new VBox(10, Fields.heading("dept.calc.personnelHeading"), Fields.hint("dept.calc.personnelHint"),
                target, staff, new HBox(32, months, new VBox(4, rates, Fields.hint("dept.calc.rates"))),
                Fields.section("dept.calc.result"));
        VBox bottom = new VBox(8, footer, Fields.message(model.messageProperty(), "personnel-message"));
        bottom.setStyle("-fx-padding: 8 0 0 0;");
        VBox.setVgrow(result, Priority.ALWAYS);
        setTop(top);
        setCenter(result);
        setBottom(bottom);
        getStyleClass().add("page");
    }
}
