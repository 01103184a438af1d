package org.yusuan.workbench.app.projects;

import static org.yusuan.workbench.app.grid.GridColumns.field;
import static org.yusuan.workbench.app.projects.ProjectLineClearing.AMOUNT;
import static org.yusuan.workbench.app.projects.ProjectLineClearing.ECONOMIC;
import static org.yusuan.workbench.app.projects.ProjectLineClearing.FUNCTION;
import static org.yusuan.workbench.app.projects.ProjectLineClearing.QUANTITY;
import static org.yusuan.workbench.app.projects.ProjectLineClearing.SOURCE;
import static org.yusuan.workbench.app.projects.ProjectLineClearing.UNIT_PRICE;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.app.grid.GridColumns;
import org.yusuan.workbench.app.grid.GridFit;
import org.yusuan.workbench.app.grid.GridMenu;
import org.yusuan.workbench.app.grid.GridTotalRow;
import org.yusuan.workbench.app.grid.RowDeletion;
import org.yusuan.workbench.app.grid.SpreadsheetKeys;
import org.yusuan.workbench.domain.budget.FundingSource;
import org.yusuan.workbench.domain.budget.LineQuantity;
import org.yusuan.workbench.domain.classification.Classification;

/**
 * The project card's detail lines: the same spreadsheet habits as the basic-lines grid (Delete clears,
 * 删除行 asks, Ctrl+C, Enter down, header sort) and a 合计 row under them. Rows carry their position
 * in the project, not in the sorted view, so an edit reaches its line whatever the order shown.
 */
final class ProjectLinesPane extends VBox {

    private final ProjectsViewModel model;
    private final TableView<ProjectLineRow> lines;

    ProjectLinesPane(ProjectsViewModel model) {
        super(4);
        this.model = model;
        SortedList<ProjectLineRow> sorted = new SortedList<>(model.lines());
        lines = new TableView<>(sorted);
        sorted.comparatorProperty().bind(lines.comparatorProperty());
        lines.setId("project-lines");
        lines.setPlaceholder(new Label(Messages.get("projects.lines.placeholder")));
        lines.setEditable(true);
        lines.getSelectionModel().setCellSelectionEnabled(true);
        lines.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        lines.getColumns().setAll(List.of(
                field(FUNCTION, GridColumns.text(Messages.get("projects.column.function"), ProjectLineRow::functionLabel,
                        r -> r.line().functionCode(), model::editLineFunction,
                        t -> model.suggestions(Classification.FUNCTIONAL, t), 200)),
                field(ECONOMIC, GridColumns.text(Messages.get("projects.column.economic"), ProjectLineRow::economicLabel,
                        r -> r.line().departmentalEconomicCode() == null ? "" : r.line().departmentalEconomicCode(),
                        model::editLineEconomic, t -> model.suggestions(Classification.DEPARTMENTAL_ECONOMIC, t), 180)),
                field(SOURCE, GridColumns.choice(Messages.get("projects.column.source"), r -> r.line().source(), FundingSource::label,
                        List.of(FundingSource.values()), model::editLineSource, 130)),
                field(AMOUNT, GridColumns.amount(Messages.get("projects.column.amount"), r -> r.line().amount(),
                        model::editLineAmount, 130)),
                field(QUANTITY, amountStyle(GridColumns.text(Messages.get("lines.column.quantity"),
                        r -> LineQuantity.format(r.line().quantity()),
                        r -> r.line().quantity() == null ? "" : r.line().quantity().toPlainString(),
                        model::editLineQuantity, null, 70))),
                field(UNIT_PRICE, amountStyle(GridColumns.text(Messages.get("lines.column.unitPrice"),
                        r -> r.line().unitPrice() == null ? "" : r.line().unitPrice().format(),
                        r -> r.line().unitPrice() == null ? "" : r.line().unitPrice().toPlainString(),
                        model::editLineUnitPrice, null, 100)))));
        GridColumns.sortable(lines);
        // The card leaves the grid about 630 px on a 1366-wide screen, less than the columns' natural widths:
        // the columns share the width: the 资金来源 and the figures keep what they show, the 科目 names give
        // way down to their codes; only where even that does not fit does the grid scroll sideways.
        lines.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        var columns = lines.getColumns();
        GridFit.holdWhole(lines, columns.get(2), columns.get(3), columns.get(4), columns.get(5));
        SpreadsheetKeys.install(lines, null, model::clearLineCells, this::deleteRows);
        lines.setContextMenu(GridMenu.of(lines, null, () -> model.clearLineCells(SpreadsheetKeys.selectedCells(lines)),
                () -> deleteRows(SpreadsheetKeys.selectedRows(lines))));
        GridTotalRow total = new GridTotalRow(lines, "project-lines-total",
                Bindings.createStringBinding(() -> Messages.get("projects.total", String.valueOf(model.lines().size())),
                        model.lines()),
                model.linesTotalProperty());

        Button addLine = new Button(Messages.get("projects.button.addLine"));
        addLine.setId("add-project-line");
        addLine.setOnAction(e -> model.addLine());
        Button deleteLine = new Button(Messages.get("projects.button.deleteLine"));
        deleteLine.setId("delete-project-lines");
        deleteLine.setOnAction(e -> deleteRows(SpreadsheetKeys.selectedRows(lines)));
        getChildren().addAll(lines, total, new HBox(8, addLine, deleteLine));
        VBox.setVgrow(lines, Priority.ALWAYS);
    }


    private static <R> javafx.scene.control.TableColumn<R, R> amountStyle(javafx.scene.control.TableColumn<R, R> column) {
        column.getStyleClass().add("amount");
        return column;
    }

    /** 删除行: only after the accountant confirms the count; one undoable step. */
    private void deleteRows(List<ProjectLineRow> rows) {
        if (!rows.isEmpty() && RowDeletion.confirm(lines, rows.size(), Messages.get("projects.field.lines"))) {
            model.deleteLines(rows);
        }
    }
}
