package org.yusuan.workbench.app.tables;

import javafx.scene.control.TableCell;
import org.yusuan.workbench.calc.table.Cell;
import org.yusuan.workbench.calc.table.TableRow;

/**
 * A cell of a disclosure table on screen: figures with thousands separators as in the grids, text
 * (a project name) wrapped in its column rather than cut.
 */
final class DisclosureCell extends TableCell<TableRow, Cell> {

    static final String STYLE = "disclosure-cell";
    static final String AMOUNT_STYLE = "amount-cell";
    private static final double LAST_LINE_ROOM = 6;

    DisclosureCell() {
        // The alignment comes from workbench.css under this class, not from the theme's
        // ".table-row-cell > .table-cell" rule, which cells re-created by an edit lost.
        getStyleClass().add(STYLE);
    }

    /** What the screen shows for a cell: figures grouped (9,367.60); the booklet prints them plain. */
    static String shown(Cell cell) {
        if (cell instanceof Cell.Amount amount) {
            return amount.isBlank() ? "" : amount.value().grouped();
        }
        return cell.printed();
    }

    @Override
    protected void updateItem(Cell cell, boolean empty) {
        super.updateItem(cell, empty);
        setText(empty || cell == null ? null : shown(cell));
        boolean amount = !empty && cell instanceof Cell.Amount;
        getStyleClass().remove(AMOUNT_STYLE);
        if (amount) {
            getStyleClass().add(AMOUNT_STYLE);
        }
        // Figures never wrap (a figure on two lines is misread); names wrap within their column.
        setWrapText(!amount);
    }

    /**
     * The row asks each cell for its height without a width; a wrapped name needs the height of
     * its lines at the column's width, or the row would stay one line high and cut it. A little
     * more than the lines: given exactly their height, JavaFX still cuts the last line off with "…"
     * (its hit test for what fits and its measure of the lines disagree near the boundary; at the
     * workbench's 14 px, 2 px more were not enough and 4 px were).
     */
    @Override
    protected double computePrefHeight(double width) {
        double within = width < 0 && getTableColumn() != null ? getTableColumn().getWidth() : width;
        return super.computePrefHeight(within) + (isWrapText() ? LAST_LINE_ROOM : 0);
    }
}
