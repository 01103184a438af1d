package org.yusuan.workbench.app.lines;

import org.yusuan.workbench.app.Messages;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.yusuan.workbench.app.grid.GridColumns;
import org.yusuan.workbench.app.grid.SpreadsheetKeys;
import org.yusuan.workbench.domain.Labelled;
import org.yusuan.workbench.domain.budget.BudgetUnit;
import org.yusuan.workbench.domain.budget.ExpenseKind;
import org.yusuan.workbench.domain.budget.FundYear;
import org.yusuan.workbench.domain.budget.FundingSource;
import org.yusuan.workbench.domain.classification.Classification;

/**
 * The basic-lines grid: typed into like a spreadsheet (type to edit, Enter/Tab to commit, arrows to
 * move), rows pasted from Excel/WPS with Ctrl+V, amounts in 元 shown with thousands separators.
 */
public final class BasicLinesView extends BorderPane {

    private final BasicLinesViewModel model;
    private final TableView<BasicLineRow> table;

    public BasicLinesView(String title, BasicLinesViewModel model) {
        this.model = model;
        this.table = new TableView<>(model.rows());
        table.setId("basic-lines");
        table.setPlaceholder(new Label(Messages.get("lines.placeholder")));
        table.setEditable(true);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns().setAll(List.of(
                GridColumns.choice(Messages.get("lines.column.unit"), r -> unitOf(r), BudgetUnit::name, model.units(), model::editUnit, 190),
                GridColumns.text(Messages.get("lines.column.function"), BasicLineRow::functionLabel, r -> r.line().functionCode(), model::editFunctionCode,
                        t -> model.suggestions(Classification.FUNCTIONAL, t), 190),
                GridColumns.text(Messages.get("lines.column.economic"), BasicLineRow::departmentalLabel, r -> r.line().departmentalEconomicCode(),
                        model::editEconomicCode, t -> model.suggestions(Classification.DEPARTMENTAL_ECONOMIC, t), 180),
                GridColumns.readOnly(Messages.get("lines.column.government"), BasicLineRow::governmentLabel, r -> !r.governmentOverridden(), 160),
                GridColumns.choice(Messages.get("lines.column.source"), r -> r.line().source(), FundingSource::label, List.of(FundingSource.values()),
                        model::editSource, 130),
                GridColumns.amount(Messages.get("lines.column.amount"), r -> r.line().amount(), model::editAmount, 130),
                GridColumns.choice(Messages.get("lines.column.expenseKind"), r -> r.line().expenseKind(), ExpenseKind::label, List.of(ExpenseKind.values()),
                        model::editExpenseKind, 100),
                GridColumns.choice(Messages.get("lines.column.fundYear"), r -> r.line().fundYear(), FundYear::label, List.of(FundYear.values()),
                        model::editFundYear, 90),
                GridColumns.text(Messages.get("lines.column.note"), r -> r.line().note() == null ? "" : r.line().note(),
                        r -> r.line().note() == null ? "" : r.line().note(), model::editNote, null, 140)));
        SpreadsheetKeys.install(table, this::pasteFromClipboard, model::delete);

        Label heading = new Label(title);
        heading.getStyleClass().add("page-heading");
        Button add = new Button(Messages.get("lines.button.add"));
        add.setId("add-line");
        add.setOnAction(e -> model.addLine(table.getSelectionModel().getSelectedItem()));
        Button delete = new Button(Messages.get("lines.button.delete"));
        delete.setOnAction(e -> model.delete(List.copyOf(table.getSelectionModel().getSelectedItems())));
        Button paste = new Button(Messages.get("lines.button.paste"));
        paste.setOnAction(e -> pasteFromClipboard());
        Label message = new Label();
        message.setId("lines-message");
        message.getStyleClass().add("edit-message");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox tools = new HBox(8, add, delete, paste, spacer);
        VBox top = new VBox(8, heading, tools, message);
        top.getStyleClass().add("table-top");
        setTop(top);
        setCenter(table);
        getStyleClass().add("page");
    }

    public TableView<BasicLineRow> tableView() {
        return table;
    }

    /** Selects and shows the line with that id (an audit finding's record); false if it is not listed here. */
    public boolean select(long lineId) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).line().id() == lineId) {
                table.getSelectionModel().clearAndSelect(i);
                table.scrollTo(Math.max(0, i - 3));
                table.requestFocus();
                return true;
            }
        }
        return false;
    }

    private void pasteFromClipboard() {
        String text = Clipboard.getSystemClipboard().getString();
        model.paste(text == null ? "" : text);
    }

    private BudgetUnit unitOf(BasicLineRow row) {
        return model.units().stream().filter(u -> u.code().equals(row.line().unitCode())).findFirst().orElse(null);
    }

    /** For labels of any {@link Labelled} enum. */
    static String label(Labelled value) {
        return value == null ? "" : value.label();
    }
}
