package org.yusuan.workbench.app.overview;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.yusuan.workbench.app.common.Labels;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.app.tables.TextColumnsFit;
import org.yusuan.workbench.domain.money.Yuan;

/** The 概况 screen: heading, four figure cards and the units table. */
public final class OverviewView {

    private final OverviewViewModel model;

    public OverviewView(OverviewViewModel model) {
        this.model = model;
    }

    public Node build() {
        Label heading = new Label();
        heading.textProperty().bind(model.headingProperty());
        heading.getStyleClass().add("page-heading");
        heading.setId("overview-heading");
        Label code = new Label();
        code.textProperty().bind(model.departmentCodeProperty());
        code.getStyleClass().add("page-subheading");

        HBox cards = new HBox(16,
                card("card-units", Messages.get("overview.card.units"), model.unitCountProperty(), null),
                card("card-basic", Messages.get("overview.card.basicLines"), model.basicLineCountProperty(), null),
                card("card-projects", Messages.get("overview.card.projects"), model.projectCountProperty(),
                        model.projectDetailProperty()),
                card("card-forms", Messages.get("overview.card.forms"), model.formCountProperty(),
                        model.formDetailProperty()));

        Label unitsHeading = new Label(Messages.get("overview.units"));
        unitsHeading.getStyleClass().add("section-heading");
        TableView<UnitRow> table = unitTable();
        VBox.setVgrow(table, Priority.ALWAYS);

        VBox page = new VBox(12, heading, code, cards, unitsHeading, table);
        page.getStyleClass().add("page");
        return page;
    }

    private static Node card(String id, String title, ObservableValue<String> value, ObservableValue<String> detail) {
        Label titleLabel = new Label(title);
        titleLabel.getStyleClass().add("card-title");
        Label valueLabel = new Label();
        valueLabel.textProperty().bind(value);
        valueLabel.getStyleClass().add("card-value");
        valueLabel.setId(id);
        VBox card = new VBox(4, titleLabel, valueLabel);
        if (detail != null) {
            Label detailLabel = Labels.wrapping(new Label());
            detailLabel.textProperty().bind(detail);
            detailLabel.getStyleClass().add("card-detail");
            card.getChildren().add(detailLabel);
        }
        card.getStyleClass().add("card");
        card.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(card, Priority.ALWAYS);
        card.setMaxWidth(Double.MAX_VALUE);
        return card;
    }

    private TableView<UnitRow> unitTable() {
        TableView<UnitRow> table = new TableView<>(model.units());
        table.setId("unit-table");
        table.getColumns().add(column("overview.column.code", UnitRow::code, 90));
        table.getColumns().add(column("overview.column.name", UnitRow::name, 300));
        table.getColumns().add(column("overview.column.type", UnitRow::type, 190));
        // Not entered is said so: "0 / 0" would state that the unit has no staff.
        table.getColumns().add(column("overview.column.staff", r -> r.staffingEntered()
                ? r.authorized() + " / " + r.actual() : Messages.get("overview.staff.none"), 120));
        table.getColumns().add(column("overview.column.basicLines", r -> String.valueOf(r.basicLines()), 100));
        table.getColumns().add(column("overview.column.projects", r -> String.valueOf(r.projects()), 70));
        table.getColumns().add(amountColumn("overview.column.basicTotal", UnitRow::basicTotal));
        table.getColumns().add(amountColumn("overview.column.projectTotal", UnitRow::projectTotal));
        // Widths from what the columns show: at 1366×768 fixed widths cut the headers to "单位…".
        TextColumnsFit.install(table);
        return table;
    }

    private static TableColumn<UnitRow, String> column(String key, Function<UnitRow, String> value, double width) {
        TableColumn<UnitRow, String> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<UnitRow, String> amountColumn(String key, Function<UnitRow, Yuan> value) {
        TableColumn<UnitRow, String> column = column(key, r -> value.apply(r).format(), 150);
        column.getStyleClass().add("amount");
        return column;
    }
}
