package org.yusuan.workbench.app.tables;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.text.TextAlignment;

/**
 * A column's title that wraps within its column instead of ending in "…". It is the column's
 * graphic: a column header sizes its own label on one line, whatever its wrapping.
 */
final class ColumnTitle extends Label {

    /**
     * @param under the widths of the data columns under the title: a parent column's own width is
     *              only brought up to date when its header is laid out, after its height was asked
     */
    ColumnTitle(String text, List<? extends ObservableDoubleValue> under) {
        super(text);
        getStyleClass().add("column-title");
        setWrapText(true);
        setAlignment(Pos.CENTER);
        setTextAlignment(TextAlignment.CENTER);
        prefWidthProperty().bind(Bindings.createDoubleBinding(
                () -> under.stream().mapToDouble(ObservableDoubleValue::get).sum() - ColumnFit.TITLE_INSET,
                under.toArray(ObservableDoubleValue[]::new)));
        setMinWidth(0);
    }

    /** The header asks for the height without a width: the height of the lines at the column's width. */
    @Override
    protected double computePrefHeight(double width) {
        return super.computePrefHeight(width < 0 ? getPrefWidth() : width);
    }
}
