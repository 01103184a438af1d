package org.yusuan.workbench.app.tables;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.yusuan.workbench.calc.table.Cell;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.calc.table.RowKind;

/** One disclosure table laid out like the booklet: title, department, 单位：万元, multi-row header. */
public final class DisclosureTableView extends BorderPane {

    private final Label title = new Label();
    private final Label department = new Label();
    private final Label note = new Label();
    private final TableView<org.yusuan.workbench.calc.table.TableRow> table = new TableView<>();

    public DisclosureTableView() {
        title.getStyleClass().add("page-heading");
        title.setId("table-title");
        department.getStyleClass().add("page-subheading");
        Label unit = new Label(DisclosureTable.UNIT_LINE);
        unit.getStyleClass().add("page-subheading");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox top = new VBox(6, title, new HBox(department, spacer, unit));
        top.getStyleClass().add("table-top");
        setTop(top);
        table.setId("disclosure-table");
        table.setPlaceholder(new Label(DisclosureTable.NO_DATA_NOTE));
        table.getStyleClass().add("disclosure-table");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(org.yusuan.workbench.calc.table.TableRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("total-row", "group-row");
                if (!empty && row != null) {
                    if (row.kind() == RowKind.TOTAL || row.kind() == RowKind.DEPARTMENT) {
                        getStyleClass().add("total-row");
                    } else if (row.kind() == RowKind.GROUP || row.kind() == RowKind.CLASS || row.kind() == RowKind.UNIT) {
                        getStyleClass().add("group-row");
                    }
                }
            }
        });
        setCenter(table);
        note.getStyleClass().add("table-note");
        setBottom(note);
        getStyleClass().add("page");
    }

    public void show(DisclosureTable disclosure) {
        title.setText("预算公开表" + disclosure.number() + "　" + disclosure.title());
        department.setText("部门名称：" + disclosure.departmentName());
        note.setText(disclosure.note().orElse(""));
        table.getColumns().setAll(HeaderTree.build(disclosure.header()).stream().map(this::column).toList());
        table.setItems(FXCollections.observableArrayList(disclosure.rows()));
    }

    public TableView<org.yusuan.workbench.calc.table.TableRow> tableView() {
        return table;
    }

    private TableColumn<org.yusuan.workbench.calc.table.TableRow, Cell> column(HeaderTree.Node node) {
        TableColumn<org.yusuan.workbench.calc.table.TableRow, Cell> column = new TableColumn<>(node.text());
        column.setSortable(false);
        column.setReorderable(false);
        if (node.isLeaf()) {
            int index = node.column();
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                    index < c.getValue().cells().size() ? c.getValue().cell(index) : null));
            column.setCellFactory(c -> new TableCell<>() {
                @Override
                protected void updateItem(Cell cell, boolean empty) {
                    super.updateItem(cell, empty);
                    setText(empty || cell == null ? null : cell.printed());
                    getStyleClass().remove("amount-cell");
                    if (!empty && cell instanceof Cell.Amount) {
                        getStyleClass().add("amount-cell");
                    }
                }
            });
            column.setPrefWidth(widthFor(node.text()));
        } else {
            List<TableColumn<org.yusuan.workbench.calc.table.TableRow, Cell>> children =
                    node.children().stream().map(this::column).toList();
            column.getColumns().setAll(children);
        }
        return column;
    }

    private static double widthFor(String header) {
        if (header.contains("名称") || header.equals("项目") || header.contains("科目名称")) {
            return 240;
        }
        return header.contains("编码") ? 80 : 105;
    }
}
