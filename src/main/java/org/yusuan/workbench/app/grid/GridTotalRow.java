package org.yusuan.workbench.app.grid;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Rectangle;
import org.yusuan.workbench.domain.money.Yuan;

/**
 * The 合计 row under a line grid: a caption under the first column and the exact sum under the amount
 * column, each as wide as the column above it so the figures line up as in a spreadsheet. The sum is
 * the view model's (exact 元 of the rows the filter shows); this row only shows it.
 */
public final class GridTotalRow extends HBox {

    private final Label amount = new Label();
    /** The cells, as wide as the columns: wider than the page when the grid scrolls sideways. */
    private final HBox cells = new HBox();

    /**
     * @param id      the id of the label that shows the sum ({@code basic-lines-total})
     * @param caption "合计（38 行）"
     * @param total   the exact sum of the shown rows
     */
    public GridTotalRow(TableView<?> table, String id, ObservableValue<String> caption, ObservableValue<Yuan> total) {
        getStyleClass().add("grid-total-row");
        amount.setId(id);
        amount.textProperty().bind(Bindings.createStringBinding(
                () -> total.getValue() == null ? "" : total.getValue().format(), total));
        // a sum wider than every amount above it widens the column rather than being cut to "44,953,388…"
        amount.textProperty().addListener(o -> GridFit.refit(table));
        Label title = new Label();
        title.textProperty().bind(caption);
        layoutUnder(table, title);
        table.getVisibleLeafColumns().addListener((ListChangeListener<TableColumn<?, ?>>) c -> layoutUnder(table, title));
        // The columns' widths must not widen the page: the row once pushed the whole window's
        // right edge (the grid's last columns, the status bar) off the screen at 1360 px. It is
        // cut to the page's width instead and moves with the grid when it scrolls sideways.
        getChildren().add(cells);
        setMinWidth(0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        table.skinProperty().addListener((o, was, now) -> followScrolling(table));
        followScrolling(table);
    }

    private void followScrolling(TableView<?> table) {
        for (Node node : table.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL) {
                cells.translateXProperty().bind(bar.valueProperty().negate());
            }
        }
    }

    private void layoutUnder(TableView<?> table, Label title) {
        cells.getChildren().clear();
        for (int i = 0; i < table.getVisibleLeafColumns().size(); i++) {
            TableColumn<?, ?> column = table.getVisibleLeafColumns().get(i);
            Label cell = i == 0 ? title : "amount-column".equals(column.getId()) ? amount : new Label();
            if (cell == amount) {
                GridColumns.alsoShows(column, amount.textProperty());
            }
            cell.getStyleClass().add("grid-total-cell");
            cell.prefWidthProperty().bind(column.widthProperty());
            cell.minWidthProperty().bind(column.widthProperty());
            cell.maxWidthProperty().bind(column.widthProperty());
            cells.getChildren().add(cell);
        }
    }
}
