package org.yusuan.workbench.app.grid;

import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.yusuan.workbench.app.tables.TextMeasure;

/**
 * A spreadsheet's "fit to content" for the line grids: each column as wide as its header's words and
 * its widest cell, so that no code's name is cut to "…", fitted again whenever rows change (a longer
 * name typed in widens its column). Two limits: a column never grows past {@link #WIDEST}, so that a
 * long 备注 does not push the amount out of sight; and a column the user has resized by hand keeps the
 * width he gave it. Wider than the window, the grid scrolls sideways as a worksheet does. A grid
 * whose columns share a fixed width instead keeps chosen columns whole ({@link #holdWhole}).
 */
public final class GridFit<R> {

    /** About twenty Chinese characters: the longest 功能科目 names with their code fit. */
    private static final double WIDEST = 340;
    private static final double NARROWEST = 48;
    /** The least a grid whose columns are held whole may be given: a few columns' worth. */
    private static final double MINIMUM_GRID = 200;
    /** A cell's left and right padding and its border, as in the theme. */
    private static final double PADDING = 2 * 8 + 2;
    /** The width this class gave a column last, to tell it from a width the user dragged. */
    private static final Object FITTED = new Object();

    private final TableView<R> table;
    /** Null: every column is fitted; else only these columns get their content's width, as a minimum. */
    private final List<TableColumn<R, ?>> heldWhole;
    private Font font;
    private TextMeasure measure;
    private boolean fitPending;

    private GridFit(TableView<R> table, List<TableColumn<R, ?>> heldWhole) {
        this.table = table;
        this.heldWhole = heldWhole;
    }

    /** Fits {@code table}'s columns from its first layout on, and again whenever its rows change. */
    public static <R> void install(TableView<R> table) {
        listen(new GridFit<>(table, null));
    }

    /**
     * For a grid whose columns share a fixed width (a constrained resize policy): {@code columns} never
     * get less than their content needs (figures, choices); the others give way, down to their first
     * word (the code of a 科目).
     */
    @SafeVarargs
    public static <R> void holdWhole(TableView<R> table, TableColumn<R, ?>... columns) {
        held(table, List.of(columns));
    }

    /** As {@link #holdWhole}, for every column of {@code table}. */
    public static <R> void holdEveryColumnWhole(TableView<R> table) {
        held(table, List.copyOf(table.getColumns()));
    }

    private static <R> void held(TableView<R> table, List<TableColumn<R, ?>> columns) {
        // The columns' minimums would otherwise become the grid's, and push the page past the window's
        // right edge; narrower than its columns, the grid scrolls sideways instead.
        table.setMinWidth(MINIMUM_GRID);
        listen(new GridFit<>(table, columns));
    }

    private static <R> void listen(GridFit<R> fit) {
        TableView<R> table = fit.table;
        table.getProperties().put(GridFit.class, fit);
        table.getItems().addListener((ListChangeListener<R>) c -> fit.fitSoon());
        // The headers' font is known once the table has been styled and laid out for the first time.
        table.widthProperty().addListener(o -> {
            if (fit.measure == null) {
                fit.fit();
            }
        });
    }

    /** Fits {@code table} again, if it is fitted at all: what {@link GridColumns#alsoShows} shows changed. */
    static void refit(TableView<?> table) {
        if (table.getProperties().get(GridFit.class) instanceof GridFit<?> fit) {
            fit.fitSoon();
        }
    }

    /**
     * One fit for all the changes of one edit (the rows replaced, then the 合计): every fit measures
     * every row, which a budget of thousands of lines should not pay twice per keystroke.
     */
    private void fitSoon() {
        if (!fitPending) {
            fitPending = true;
            Platform.runLater(() -> {
                fitPending = false;
                fit();
            });
        }
    }

    private void fit() {
        Node header = table.lookup(".column-header .label");
        if (!(header instanceof Labeled label)) {
            return;
        }
        if (!label.getFont().equals(font)) {
            font = label.getFont();
            // Measured in bold, as the headers are shown; the cells' regular weight only takes less.
            measure = new TextMeasure(Font.font(font.getFamily(), FontWeight.BOLD, font.getSize()));
        }
        for (TableColumn<R, ?> column : table.getColumns()) {
            if (heldWhole != null) {
                column.setMinWidth(heldWhole.contains(column) ? contentWidth(column) : firstWordWidth(column));
                continue;
            }
            // A drag on the header's edge sets the column's width, not its preferred width.
            Object fitted = column.getProperties().get(FITTED);
            if (fitted != null && Math.abs((double) fitted - column.getWidth()) >= 0.5) {
                continue;
            }
            double width = contentWidth(column);
            column.setPrefWidth(width);
            column.getProperties().put(FITTED, width);
        }
    }

    /** What a column that gives way keeps: its texts' first words, the codes of "2040220 执法办案". */
    private double firstWordWidth(TableColumn<R, ?> column) {
        double widest = 0;
        for (R row : table.getItems()) {
            String text = GridColumns.shownText(column, row).strip();
            int space = text.indexOf(' ');
            widest = Math.max(widest, measure.width(space < 0 ? text : text.substring(0, space)));
        }
        return Math.ceil(Math.max(NARROWEST, widest + PADDING));
    }

    private double contentWidth(TableColumn<R, ?> column) {
        double widest = Math.max(measure.width(column.getText() == null ? "" : column.getText()),
                measure.width(GridColumns.alsoShown(column)));
        for (R row : table.getItems()) {
            widest = Math.max(widest, measure.width(GridColumns.shownText(column, row)));
        }
        return Math.ceil(Math.min(WIDEST, Math.max(NARROWEST, widest + PADDING)));
    }
}
