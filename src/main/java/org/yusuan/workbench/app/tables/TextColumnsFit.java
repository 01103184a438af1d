package org.yusuan.workbench.app.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * Sizes the columns of a plain table of short texts (the 概况's units) as the disclosure tables are
 * sized ({@link ColumnWidths}): each column as wide as its widest cell, headers wrapping onto a
 * second or third line before anything is cut, the room to spare shared out. Cells never wrap.
 */
public final class TextColumnsFit<R> {

    private static final int MOST_HEADER_LINES = 3;
    /** A title this short keeps one line: "单位编码" broken as "单位编 / 码" reads worse than a wider column. */
    private static final int SHORT_TITLE = 4;
    /** Until the table's scroll bar exists (before its first layout), its width in the theme. */
    private static final double SCROLL_BAR_WIDTH = 16;

    private final TableView<R> table;
    private final List<TableColumn<R, ?>> columns;
    private final List<ColumnTitle> titles = new ArrayList<>();

    private TextColumnsFit(TableView<R> table) {
        this.table = table;
        this.columns = List.copyOf(table.getColumns());
    }

    /** Fits the columns {@code table} has now, from here on whenever its width or its rows change. */
    public static <R> void install(TableView<R> table) {
        TextColumnsFit<R> fit = new TextColumnsFit<>(table);
        table.getStyleClass().add("fitted-table");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        for (TableColumn<R, ?> column : fit.columns) {
            // The header's own label keeps one line and ends in "…"; the title as its graphic wraps.
            ColumnTitle title = new ColumnTitle(column.getText(), List.of(column.widthProperty()));
            fit.titles.add(title);
            column.setText(null);
            column.setGraphic(title);
            column.setPrefWidth(ColumnFit.UNFITTED);
        }
        table.widthProperty().addListener(o -> fit.fit());
        table.getItems().addListener((ListChangeListener<R>) c -> fit.fit());
        // The titles' font is known once the stylesheets reached them.
        fit.titles.get(0).fontProperty().addListener(o -> fit.fit());
    }

    private void fit() {
        if (table.getWidth() <= 0) {
            return;
        }
        Font font = titles.get(0).getFont();
        // Measured in bold, as the headers are shown; the cells' regular weight only takes less.
        TextMeasure measure = new TextMeasure(Font.font(font.getFamily(), FontWeight.BOLD, font.getSize()));
        List<ColumnWidths.Leaf> leaves = new ArrayList<>();
        List<ColumnWidths.Header> headers = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            TableColumn<R, ?> column = columns.get(i);
            double widest = table.getItems().stream()
                    .mapToDouble(row -> measure.width(String.valueOf(column.getCellData(row)))).max().orElse(0);
            leaves.add(new ColumnWidths.Leaf(widest + ColumnFit.CELL_PADDING, widest + ColumnFit.CELL_PADDING));
            String title = titles.get(i).getText();
            int mostLines = title.length() <= SHORT_TITLE ? 1 : MOST_HEADER_LINES;
            headers.add(new ColumnWidths.Header(i, 1, IntStream.rangeClosed(1, mostLines)
                    .mapToObj(lines -> measure.widthOnLines(title, lines) + ColumnFit.TITLE_INSET + 1).toList()));
        }
        double scrollBar = table.lookupAll(".scroll-bar").stream()
                .filter(n -> n instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL)
                .mapToDouble(n -> n.prefWidth(-1)).max().orElse(SCROLL_BAR_WIDTH);
        double available = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - scrollBar;
        double[] widths = ColumnWidths.fit(leaves, headers, Math.floor(available));
        for (int i = 0; i < widths.length; i++) {
            // JavaFX sizes a column of exactly its default width to its one-line title (ColumnFit.UNFITTED).
            columns.get(i).setPrefWidth(widths[i] == ColumnFit.UNFITTED - 1 ? widths[i] - 0.5 : widths[i]);
        }
    }
}
