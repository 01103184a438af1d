package org.yusuan.workbench.app.forms;

import static org.yusuan.workbench.app.common.Messages.get;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.yusuan.workbench.app.grid.GridColumns;
import org.yusuan.workbench.app.grid.SpreadsheetKeys;
import org.yusuan.workbench.domain.performance.FrameworkConversion;
import org.yusuan.workbench.domain.performance.IndicatorFramework;
import org.yusuan.workbench.domain.performance.IndicatorLibrary;

/**
 * The 指标 tab of a form: the indicator grid (typed like a spreadsheet; Insert adds an indicator
 * under the focused 二级, Delete removes the selected ones) with its tools, beside the indicator
 * library. Every commit leaves the keyboard on the cell it came from.
 */
final class IndicatorsPane extends SplitPane {

    private final FormsViewModel model;
    private final TableView<IndicatorRow> grid;
    private final Button convert = new Button();

    IndicatorsPane(FormsViewModel model) {
        this.model = model;
        this.grid = indicatorGrid();
        Button add = new Button(get("forms.button.add"));
        add.setId("add-indicator");
        add.setOnAction(e -> keepingFocus(grid, () -> model.addIndicator(focusedRow())));
        Button delete = new Button(get("forms.button.delete"));
        delete.setOnAction(e -> keepingFocus(grid,
                () -> model.deleteIndicators(List.copyOf(grid.getSelectionModel().getSelectedItems()))));
        Button copy = new Button(get("forms.button.copy"));
        copy.setId("copy-to-year");
        copy.setOnAction(e -> model.copyImplementationToYear());
        convert.setId("convert-framework");
        convert.setOnAction(e -> model.convertFramework(conversionTarget()));
        HBox tools = new HBox(8, add, delete, copy, convert);
        tools.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(get("forms.placeholder"));
        hint.getStyleClass().add("table-note");
        VBox left = new VBox(8, tools, grid, hint);
        VBox.setVgrow(grid, Priority.ALWAYS);
        getItems().setAll(left, libraryPane());
        setDividerPositions(0.8);
        setPadding(new Insets(8, 0, 0, 0));
    }

    /** Puts the keyboard in the indicator grid. */
    void focusGrid() {
        grid.requestFocus();
    }

    /** Shows the stored form's state: the 转换 button names where it would take the form. */
    void refresh() {
        convert.setText(get(conversionTarget() == IndicatorFramework.GUIDANCE_2021
                ? "forms.button.to2021" : "forms.button.toTraditional"));
    }

    private TableView<IndicatorRow> indicatorGrid() {
        TableView<IndicatorRow> table = new TableView<>(model.rows());
        table.setId("form-indicators");
        table.setEditable(true);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(get("forms.none")));
        TableColumn<IndicatorRow, IndicatorRow> level1 = GridColumns.readOnly(get("forms.column.level1"),
                r -> r.firstOfLevel1() ? r.level1() : "", r -> false, 86);
        TableColumn<IndicatorRow, IndicatorRow> level2 = GridColumns.readOnly(get("forms.column.level2"),
                r -> r.firstOfLevel2() ? r.level2() : "", r -> false, 116);
        TableColumn<IndicatorRow, IndicatorRow> name = GridColumns.text(get("forms.column.name"), IndicatorRow::name,
                IndicatorRow::name, keepingFocus(model::editName), null, 240);
        name.setId("name-column");
        TableColumn<IndicatorRow, IndicatorRow> implementation = valueColumn(FormPeriod.IMPLEMENTATION);
        TableColumn<IndicatorRow, IndicatorRow> year = valueColumn(FormPeriod.YEAR);
        table.getColumns().setAll(List.of(level1, level2, name, implementation, year));
        level1.setMinWidth(86);
        level2.setMinWidth(112);
        implementation.setMinWidth(112);
        year.setMinWidth(112);
        name.setMinWidth(150);
        // the name takes what is left; the levels and values keep a width that shows them whole
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_NEXT_COLUMN);
        SpreadsheetKeys.install(table, null, rows -> keepingFocus(table, () -> model.deleteIndicators(rows)));
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.INSERT && table.getEditingCell() == null) {
                keepingFocus(table, () -> model.addIndicator(focusedRow()));
                e.consume();
            }
        });
        return table;
    }

    private TableColumn<IndicatorRow, IndicatorRow> valueColumn(FormPeriod period) {
        TableColumn<IndicatorRow, IndicatorRow> column = GridColumns.text(period.label() + get("forms.column.value"),
                r -> r.value(period), r -> r.value(period), keepingFocus((r, t) -> model.editValue(r, period, t)),
                null, 130);
        column.setId(period == FormPeriod.IMPLEMENTATION ? "implementation-column" : "year-column");
        return column;
    }

    private IndicatorRow focusedRow() {
        TablePosition<IndicatorRow, ?> focus = focusedCell(grid);
        return focus == null || focus.getRow() < 0 || focus.getRow() >= grid.getItems().size() ? null
                : grid.getItems().get(focus.getRow());
    }

    /**
     * A grid commit that leaves the focus on the cell it came from: an edit rebuilds the rows, which
     * would otherwise send the keyboard user back to the top.
     */
    private BiFunction<IndicatorRow, String, Optional<String>> keepingFocus(
            BiFunction<IndicatorRow, String, Optional<String>> commit) {
        return (row, text) -> {
            AtomicReference<Optional<String>> result = new AtomicReference<>();
            keepingFocus(grid, () -> result.set(commit.apply(row, text)));
            return result.get();
        };
    }

    /** JavaFX declares the focused cell with a raw type; every cell of the grid is an IndicatorRow's. */
    @SuppressWarnings("unchecked")
    private static TablePosition<IndicatorRow, ?> focusedCell(TableView<IndicatorRow> table) {
        return table.getFocusModel().getFocusedCell();
    }

    private static void keepingFocus(TableView<IndicatorRow> table, Runnable commit) {
        TablePosition<IndicatorRow, ?> focus = focusedCell(table);
        int row = focus == null ? -1 : focus.getRow();
        TableColumn<IndicatorRow, ?> column = focus == null ? null : focus.getTableColumn();
        commit.run();
        if (row >= 0 && !table.getItems().isEmpty()) {
            int target = Math.min(row, table.getItems().size() - 1);
            table.getSelectionModel().clearAndSelect(target, column);
            table.getFocusModel().focus(target, column);
        }
    }

    /**
     * Where 转换 takes the form: to 2021 while it still has traditional cost indicators, otherwise back
     * to the traditional framework.
     */
    private IndicatorFramework conversionTarget() {
        return model.form().filter(f -> FrameworkConversion.movedCount(f, IndicatorFramework.GUIDANCE_2021) > 0)
                .isPresent() || model.form().isEmpty() ? IndicatorFramework.GUIDANCE_2021 : IndicatorFramework.TRADITIONAL;
    }

    private VBox libraryPane() {
        TextField search = new TextField();
        search.setId("library-search");
        search.setPromptText(get("forms.library.prompt"));
        ListView<IndicatorLibrary.Entry> found = new ListView<>();
        found.setId("library-results");
        found.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(IndicatorLibrary.Entry e, boolean empty) {
                super.updateItem(e, empty);
                setText(null);
                if (empty || e == null) {
                    setGraphic(null);
                    return;
                }
                Label title = new Label(e.name());
                title.setStyle("-fx-font-weight: bold;");
                Label detail = new Label(get("forms.library.entry", e.level2(),
                        e.typicalValue() == null ? "—" : e.typicalValue(), e.uses()));
                detail.setStyle("-fx-text-fill: #57606a; -fx-font-size: 0.9em;");
                setGraphic(new VBox(1, title, detail));
            }
        });
        search.textProperty().addListener((o, was, now) -> found.getItems().setAll(model.searchLibrary(now)));
        Button insert = new Button(get("forms.button.insert"));
        insert.setId("library-insert");
        Runnable doInsert = () -> {
            IndicatorLibrary.Entry entry = found.getSelectionModel().getSelectedItem();
            if (entry != null) {
                keepingFocus(grid, () -> model.insertFromLibrary(entry, focusedRow()));
            }
        };
        insert.setOnAction(e -> doInsert.run());
        found.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                doInsert.run();
            }
        });
        found.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                doInsert.run();
            }
        });
        search.setOnAction(e -> found.requestFocus());
        VBox pane = new VBox(8, new Label(get("forms.library")), search, found, insert);
        VBox.setVgrow(found, Priority.ALWAYS);
        pane.setPadding(new Insets(0, 0, 0, 8));
        found.getItems().setAll(model.searchLibrary(""));
        return pane;
    }
}
