package org.yusuan.workbench.app.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.control.TableColumnBase;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.yusuan.workbench.calc.table.Cell;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.calc.table.TableRow;

/**
 * Sizes the columns of a disclosure table to what they show (the longest project name, the header's
 * words, the widest figure) and to the width of the page, with {@link ColumnWidths}.
 */
final class ColumnFit {

    /** A cell's left and right padding (workbench.css), its border and a pixel to spare. */
    static final double CELL_PADDING = 2 * 7 + 1 + 1;
    /** What a header takes around its title: its label's padding (workbench.css) and its border. */
    static final double TITLE_INSET = 2 * 6 + 1;
    /** Texts (project names) wrap no narrower than this many characters, so they stay readable. */
    private static final int READABLE_CHARACTERS = 8;
    /** Headers may take up to three lines when the room is short. */
    private static final int MOST_HEADER_LINES = 3;

    /**
     * JavaFX's TableColumnHeader sizes a column to its one-line content when the header is shown
     * and the column is exactly its default width (80 px), taking it for a column nobody sized;
     * columns are never given that width, from the start.
     */
    private static final double DEFAULT_WIDTH = 80;
    static final double UNFITTED = DEFAULT_WIDTH + 1;

    private DisclosureTable measuredTable;
    private Font measuredFont;
    private List<ColumnWidths.Leaf> leaves;
    private List<ColumnWidths.Header> headers;

    /**
     * Sets the widths of {@code dataColumns} (in the order of the rows' cells) so that {@code table}
     * fits {@code available} pixels when it can.
     *
     * @param font the font the page's text is shown in; measured in bold, as totals and headers are
     * @return whether a width changed
     */
    boolean fit(DisclosureTable table, List<HeaderTree.Node> headerCells,
             List<? extends TableColumnBase<TableRow, ?>> dataColumns, Font font, double available) {
        if (table != measuredTable || !font.equals(measuredFont)) {
            measure(table, headerCells, new TextMeasure(Font.font(font.getFamily(), FontWeight.BOLD, font.getSize())));
            measuredTable = table;
            measuredFont = font;
        }
        double[] widths = ColumnWidths.fit(leaves, headers, available);
        boolean changed = false;
        for (int i = 0; i < widths.length && i < dataColumns.size(); i++) {
            // Half a pixel less is safe: every measured width carries a pixel to spare.
            double width = widths[i] == DEFAULT_WIDTH ? DEFAULT_WIDTH - 0.5 : widths[i];
            changed |= dataColumns.get(i).getPrefWidth() != width;
            dataColumns.get(i).setPrefWidth(width);
        }
        return changed;
    }

    private void measure(DisclosureTable table, List<HeaderTree.Node> headerCells, TextMeasure measure) {
        double readable = READABLE_CHARACTERS * measure.ideograph();
        leaves = IntStream.range(0, table.columnCount()).mapToObj(column -> {
            double full = 0;
            double least = 0;
            for (TableRow row : table.rows()) {
                if (column >= row.cells().size()) {
                    continue;
                }
                Cell cell = row.cell(column);
                String shown = DisclosureCell.shown(cell);
                double width = measure.width(shown);
                full = Math.max(full, width);
                // A figure never wraps; a text may, down to a readable width, but never inside a word.
                least = Math.max(least, cell instanceof Cell.Amount ? width
                        : Math.max(measure.widestWord(shown), Math.min(width, readable)));
            }
            return new ColumnWidths.Leaf(full + CELL_PADDING, least + CELL_PADDING);
        }).toList();
        headers = new ArrayList<>();
        for (HeaderTree.Node cell : headerCells) {
            List<Double> onLines = IntStream.rangeClosed(1, MOST_HEADER_LINES)
                    .mapToObj(lines -> measure.widthOnLines(cell.text(), lines) + TITLE_INSET + 1).toList();
            headers.add(new ColumnWidths.Header(cell.column(), cell.columnSpan(), onLines));
        }
    }
}
