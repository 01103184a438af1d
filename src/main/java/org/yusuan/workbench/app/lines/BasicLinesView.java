package org.yusuan.workbench.app.lines;

import static org.yusuan.workbench.app.grid.GridColumns.field;
import static org.yusuan.workbench.app.lines.BasicLineClearing.AMOUNT;
import static org.yusuan.workbench.app.lines.BasicLineClearing.ECONOMIC;
import static org.yusuan.workbench.app.lines.BasicLineClearing.EXPENSE_KIND;
import static org.yusuan.workbench.app.lines.BasicLineClearing.FUNCTION;
import static org.yusuan.workbench.app.lines.BasicLineClearing.FUND_YEAR;
import static org.yusuan.workbench.app.lines.BasicLineClearing.GOVERNMENT;
import static org.yusuan.workbench.app.lines.BasicLineClearing.NOTE;
import static org.yusuan.workbench.app.lines.BasicLineClearing.QUANTITY;
import static org.yusuan.workbench.app.lines.BasicLineClearing.SOURCE;
import static org.yusuan.workbench.app.lines.BasicLineClearing.UNIT;
import static org.yusuan.workbench.app.lines.BasicLineClearing.UNIT_PRICE;

import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.app.grid.GridColumns;
import org.yusuan.workbench.app.grid.GridFit;
import org.yusuan.workbench.app.grid.GridMenu;
import org.yusuan.workbench.app.grid.GridTotalRow;
import org.yusuan.workbench.app.grid.RowDeletion;
import org.yusuan.workbench.app.grid.SpreadsheetKeys;
import org.yusuan.workbench.domain.Labelled;
import org.yusuan.workbench.domain.budget.BudgetUnit;
import org.yusuan.workbench.domain.budget.ExpenseKind;
import org.yusuan.workbench.domain.budget.FundYear;
import org.yusuan.workbench.domain.budget.FundingSource;
import org.yusuan.workbench.domain.budget.LineQuantity;
import org.yusuan.workbench.domain.classification.Classification;

/**
 * The basic-lines grid: typed into like a spreadsheet (type to edit, Enter commits and moves down,
 * arrows move), rows pasted from Excel/WPS with Ctrl+V and copied out with Ctrl+C, Delete clearing
 * cells and 删除行 removing rows after asking, amounts in 元 shown with thousands separators. A filter
 * bar above (单位, 功能科目) and the 合计 row below; a header click sorts a view of the lines, so edits
 * still reach their line by id.
 */
public final class BasicLinesView extends BorderPane {

    private final BasicLinesViewModel model;
    private final TableView<BasicLineRow> table;

    public BasicLinesView(String title, BasicLinesViewModel model) {
        this.model = model;
        SortedList<BasicLineRow> sorted = new SortedList<>(model.filter().shown());
        this.table = new TableView<>(sorted);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setId("basic-lines");
        table.setPlaceholder(new Label(Messages.get("lines.placeholder")));
        table.setEditable(true);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns().setAll(List.of(
                field(UNIT, GridColumns.choice(Messages.get("lines.column.unit"), r -> unitOf(r), BudgetUnit::name, model.units(), model::editUnit, 190)),
                field(FUNCTION, GridColumns.text(Messages.get("lines.column.function"), BasicLineRow::functionLabel, r -> r.line().functionCode(), model::editFunctionCode,
                        t -> model.suggestions(Classification.FUNCTIONAL, t), 190)),
                field(ECONOMIC, GridColumns.text(Messages.get("lines.column.economic"), BasicLineRow::departmentalLabel, r -> r.line().departmentalEconomicCode(),
                        model::editEconomicCode, t -> model.suggestions(Classification.DEPARTMENTAL_ECONOMIC, t), 180)),
                field(GOVERNMENT, GridColumns.readOnly(Messages.get("lines.column.government"), BasicLineRow::governmentLabel, r -> !r.governmentOverridden(), 160)),
                field(SOURCE, GridColumns.choice(Messages.get("lines.column.source"), r -> r.line().source(), FundingSource::label, List.of(FundingSource.values()),
                        model::editSource, 130)),
                field(AMOUNT, GridColumns.amount(Messages.get("lines.column.amount"), r -> r.line().amount(), model::editAmount, 130)),
                field(EXPENSE_KIND, GridColumns.choice(Messages.get("lines.column.expenseKind"), r -> r.line().expenseKind(), ExpenseKind::label, List.of(ExpenseKind.values()),
                        model::editExpenseKind, 100)),
                field(FUND_YEAR, GridColumns.choice(Messages.get("lines.column.fundYear"), r -> r.line().fundYear(), FundYear::label, List.of(FundYear.values()),
                        model::editFundYear, 90)),
                field(NOTE, GridColumns.text(Messages.get("lines.column.note"), r -> r.line().note() == null ? "" : r.line().note(),
                        r -> r.line().note() == null ? "" : r.line().note(), model::editNote, null, 140)),
                field(QUANTITY, quantityColumn()),
                field(UNIT_PRICE, GridColumns.text(Messages.get("lines.column.unitPrice"),
                        r -> r.line().unitPrice() == null ? "" : r.line().unitPrice().format(),
                        r -> r.line().unitPrice() == null ? "" : r.line().unitPrice().toPlainString(),
                        model::editUnitPrice, null, 100))));
        GridColumns.sortable(table);
        GridFit.install(table);
        SpreadsheetKeys.install(table, this::pasteFromClipboard, model::clear, this::deleteRows);

        Label heading = new Label(title);
        heading.getStyleClass().add("page-heading");
        Button add = new Button(Messages.get("lines.button.add"));
        add.setId("add-line");
        add.setOnAction(e -> model.addLine(table.getSelectionModel().getSelectedItem()));
        Button delete = new Button(Messages.get("lines.button.delete"));
        delete.setId("delete-lines");
        delete.setOnAction(e -> deleteRows(SpreadsheetKeys.selectedRows(table)));
        Button paste = new Button(Messages.get("lines.button.paste"));
        paste.setOnAction(e -> pasteFromClipboard());
        table.setContextMenu(GridMenu.of(table, this::pasteFromClipboard, () -> model.clear(SpreadsheetKeys.selectedCells(table)),
                () -> deleteRows(SpreadsheetKeys.selectedRows(table))));
        Label message = new Label();
        message.setId("lines-message");
        message.getStyleClass().add("edit-message");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox tools = new HBox(8, add, delete, paste, spacer);
        LineFilterBar filterBar = new LineFilterBar(model.filter(), model.units(), model::functionName);
        VBox top = new VBox(8, heading, tools, filterBar, message);
        top.getStyleClass().add("table-top");
        GridTotalRow total = new GridTotalRow(table, "basic-lines-total",
                Bindings.createStringBinding(() -> Messages.get(model.filter().isActive() ? "lines.total.filtered" : "lines.total",
                        String.valueOf(model.filter().countProperty().get())), model.filter().countProperty(),
                        model.filter().unitProperty(), model.filter().functionProperty()),
                model.filter().totalProperty());
        setTop(top);
        setCenter(table);
        setBottom(total);
        getStyleClass().add("page");
    }


    /** 删除行: only after the accountant confirms the count; one undoable step. */
    private void deleteRows(List<BasicLineRow> rows) {
        if (!rows.isEmpty() && RowDeletion.confirm(table, rows.size(), Messages.get("lines.field.basic"))) {
            model.delete(rows);
        }
    }

    public TableView<BasicLineRow> tableView() {
        return table;
    }

    /** Selects and shows the line with that id (an audit finding's record); false if it is not listed here. */
    public boolean select(long lineId) {
        if (!model.filter().shows(lineId)) {
            model.filter().showAll(); // the finding's line is hidden by the filter: show it rather than fail
        }
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

    /** 数量, shown without trailing zeros; with 单价 it makes the amount. */
    private TableColumn<BasicLineRow, BasicLineRow> quantityColumn() {
        TableColumn<BasicLineRow, BasicLineRow> column = GridColumns.text(Messages.get("lines.column.quantity"),
                r -> LineQuantity.format(r.line().quantity()),
                r -> r.line().quantity() == null ? "" : r.line().quantity().toPlainString(), model::editQuantity, null, 70);
        column.getStyleClass().add("amount");
        return column;
    }

    private BudgetUnit unitOf(BasicLineRow row) {
        return model.units().stream().filter(u -> u.code().equals(row.line().unitCode())).findFirst().orElse(null);
    }

    /** For labels of any {@link Labelled} enum. */
    static String label(Labelled value) {
        return value == null ? "" : value.label();
    }
}
