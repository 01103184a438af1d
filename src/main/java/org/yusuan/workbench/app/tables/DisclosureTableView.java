package org.yusuan.workbench.app.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableDoubleValue;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.yusuan.workbench.app.common.Labels;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.calc.table.Cell;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.calc.table.RowKind;
import org.yusuan.workbench.domain.money.Yuan;

/** One disclosure table laid out like the booklet: title, department, 单位：万元, multi-row header. */
public final class DisclosureTableView extends BorderPane {

    private final Label title = new Label();
    private final Label department = new Label();
    private final Label note = new Label();
    private final TableView<org.yusuan.workbench.calc.table.TableRow> table = new TableView<>();

    private final TableView<TraceLine> trace = new TableView<>();
    private final Label traceHeading = new Label(Messages.get("tables.trace.hint"));
    private BiFunction<org.yusuan.workbench.calc.table.TableRow, Integer, List<TraceLine>> tracer;
    /** The sentences above the trace: a unit's table is made of lines, a consolidated one of departments. */
    private String traceSummaryKey = "tables.trace.summary";
    private String traceHintKey = "tables.trace.hint";

    /** Until the table's scroll bar exists (before its first layout), its width in the theme. */
    private static final double SCROLL_BAR_WIDTH = 16;
    private final ColumnFit fit = new ColumnFit();
    private DisclosureTable shown;
    private List<HeaderTree.Node> headerCells = List.of();
    /** The leaf columns by the index of their cells in the rows. */
    private final SortedMap<Integer, TableColumn<org.yusuan.workbench.calc.table.TableRow, Cell>> dataColumns =
            new TreeMap<>();

    /** Shows the lines behind a clicked amount with {@code tracer} (the view model's trace). */
    public void traceWith(BiFunction<org.yusuan.workbench.calc.table.TableRow, Integer,
            List<TraceLine>> tracer) {
        this.tracer = tracer;
    }

    /**
     * As {@link #traceWith}, with the keys of the sentence that sums the trace up ({0} cell, {1} lines,
     * {2} 元) and of the hint shown before a cell is chosen.
     */
    public void traceWith(BiFunction<org.yusuan.workbench.calc.table.TableRow, Integer,
            List<TraceLine>> tracer, String summaryKey, String hintKey) {
        this.tracer = tracer;
        this.traceSummaryKey = summaryKey;
        this.traceHintKey = hintKey;
        traceHeading.setText(Messages.get(hintKey));
    }

    public DisclosureTableView() {
        title.getStyleClass().add("page-heading");
        title.setId("table-title");
        // on a screen narrower than 1366 px the longer titles (表6, 表9) wrap rather than end in "…"
        Labels.wrapping(title);
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
        table.widthProperty().addListener(width -> fitColumns());
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
        note.getStyleClass().add("table-note");
        trace.setId("cell-trace");
        trace.setPlaceholder(new Label(""));
        trace.getColumns().setAll(List.of(
                traceColumn(Messages.get("tables.trace.column.unit"), TraceLine::unit, 200), traceColumn(Messages.get("tables.trace.column.kind"), TraceLine::kind, 80),
                traceColumn(Messages.get("tables.trace.column.what"), TraceLine::what, 220), traceColumn(Messages.get("tables.trace.column.function"), TraceLine::function, 200),
                traceColumn(Messages.get("tables.trace.column.economic"), TraceLine::economic, 170), traceColumn(Messages.get("tables.trace.column.source"), TraceLine::source, 130),
                traceColumn(Messages.get("tables.trace.column.year"), TraceLine::year, 80), traceColumn(Messages.get("tables.trace.column.amount"), l -> l.amount().format(), 130)));
        traceHeading.getStyleClass().add("section-heading");
        traceHeading.setId("trace-heading");
        VBox lower = new VBox(4, traceHeading, trace);
        SplitPane split = new SplitPane(new VBox(table, note), lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.72);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox.setVgrow(trace, Priority.ALWAYS);
        setCenter(split);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> showTrace());
        // An invalidation listener: a change listener would name JavaFX's raw TablePosition type.
        table.getFocusModel().focusedCellProperty().addListener(focus -> showTrace());
        getStyleClass().add("page");
    }

    @SuppressWarnings("unchecked")
    private void showTrace() {
        TablePosition<?, ?> focus = table.getFocusModel().getFocusedCell();
        if (tracer == null || focus == null || focus.getRow() < 0 || focus.getTableColumn() == null) {
            return;
        }
        var row = table.getItems().get(focus.getRow());
        int column = leafIndex((TableColumn<org.yusuan.workbench.calc.table.TableRow, ?>) focus.getTableColumn());
        var lines = tracer.apply(row, column);
        if (column < 0 || !(row.cell(column) instanceof Cell.Amount)) {
            traceHeading.setText(Messages.get(traceHintKey));
            trace.getItems().clear();
            return;
        }
        var total = lines.stream().map(TraceLine::amount).reduce(Yuan.ZERO,
                Yuan::plus);
        String figure = DisclosureCell.shown(row.cell(column));
        traceHeading.setText(Messages.get(traceSummaryKey, figure.isEmpty()
                        ? Messages.get("tables.trace.empty") : Messages.get("tables.trace.cell", figure),
                String.valueOf(lines.size()), total.format()));
        trace.getItems().setAll(lines);
    }

    private int leafIndex(TableColumn<org.yusuan.workbench.calc.table.TableRow, ?> column) {
        return table.getVisibleLeafColumns().indexOf(column);
    }

    private static TableColumn<TraceLine, String> traceColumn(String title, Function<TraceLine, String> value,
                                                             double width) {
        TableColumn<TraceLine, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    public void show(DisclosureTable disclosure) {
        title.setText(Messages.get("tables.title", String.valueOf(disclosure.number()), disclosure.title()));
        department.setText(Messages.get("tables.department", disclosure.departmentName()));
        note.setText(disclosure.note().orElse(""));
        // An edit changes figures, not the header: the columns, and with them their cells, stay;
        // only the widths follow the new figures.
        if (shown == null || !shown.header().equals(disclosure.header())) {
            List<HeaderTree.Node> roots = HeaderTree.build(disclosure.header());
            headerCells = HeaderTree.cells(roots);
            dataColumns.clear();
            table.getColumns().setAll(roots.stream().map(this::column).toList());
        }
        shown = disclosure;
        table.setItems(FXCollections.observableArrayList(disclosure.rows()));
        fitColumns();
    }

    public TableView<org.yusuan.workbench.calc.table.TableRow> tableView() {
        return table;
    }

    /** Column widths from the content and the page's width (the table's own width, less its scroll bar). */
    private void fitColumns() {
        if (shown == null || table.getWidth() <= 0) {
            return;
        }
        double scrollBar = table.lookupAll(".scroll-bar").stream()
                .filter(n -> n instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL)
                .mapToDouble(n -> n.prefWidth(-1)).max().orElse(SCROLL_BAR_WIDTH);
        double available = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - scrollBar;
        // The page's own font (workbench.css), which the cells and headers inherit.
        if (fit.fit(shown, headerCells, List.copyOf(dataColumns.values()), department.getFont(), Math.floor(available))) {
            // The rows keep the heights they had at the old widths (VirtualFlow measures a row once):
            // rebuilt, a row made taller by a name wrapped at the new width holds all its lines.
            table.refresh();
        }
    }

    private TableColumn<org.yusuan.workbench.calc.table.TableRow, Cell> column(HeaderTree.Node node) {
        TableColumn<org.yusuan.workbench.calc.table.TableRow, Cell> column = new TableColumn<>();
        column.setPrefWidth(ColumnFit.UNFITTED);
        column.setSortable(false);
        column.setReorderable(false);
        if (node.isLeaf()) {
            int index = node.column();
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                    index < c.getValue().cells().size() ? c.getValue().cell(index) : null));
            column.setCellFactory(c -> new DisclosureCell());
            dataColumns.put(index, column);
            column.setGraphic(new ColumnTitle(node.text(), List.of(column.widthProperty())));
        } else {
            List<TableColumn<org.yusuan.workbench.calc.table.TableRow, Cell>> children =
                    node.children().stream().map(this::column).toList();
            column.getColumns().setAll(children);
            List<ObservableDoubleValue> under = new ArrayList<>();
            for (int i = node.column(); i < node.column() + node.columnSpan(); i++) {
                if (dataColumns.containsKey(i)) {
                    under.add(dataColumns.get(i).widthProperty());
                }
            }
            column.setGraphic(new ColumnTitle(node.text(), under));
        }
        return column;
    }
}
