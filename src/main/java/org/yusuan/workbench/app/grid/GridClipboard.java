package org.yusuan.workbench.app.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * Ctrl+C in a grid: the selected cells as tab-separated text, one line per row, which WPS and Excel
 * paste into cells. The selection's bounding rectangle is copied, unselected cells inside it empty, so
 * the columns land where they were. Amounts are plain numbers with two decimals (no thousands
 * separators), which the spreadsheet reads as numbers.
 */
public final class GridClipboard {

    private GridClipboard() {
    }

    /** Puts the table's selection on the system clipboard; nothing selected leaves it as it was. */
    public static <R> void copy(TableView<R> table) {
        String text = text(table);
        if (!text.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    /** The selection as tab-separated text (empty when nothing is selected). */
    public static <R> String text(TableView<R> table) {
        List<TablePosition<R, ?>> selection = SpreadsheetKeys.sortedSelection(table);
        TreeSet<Integer> rows = new TreeSet<>();
        TreeSet<Integer> columns = new TreeSet<>();
        for (TablePosition<R, ?> position : selection) {
            if (position.getTableColumn() != null && position.getRow() >= 0 && position.getRow() < table.getItems().size()) {
                rows.add(position.getRow());
                columns.add(table.getVisibleLeafIndex(position.getTableColumn()));
            }
        }
        StringBuilder text = new StringBuilder();
        for (int row : rows) {
            List<String> cells = new ArrayList<>();
            for (int index : columns) {
                TableColumn<R, ?> column = table.getVisibleLeafColumn(index);
                boolean selected = table.getSelectionModel().isSelected(row, column);
                cells.add(selected ? clean(GridColumns.copyText(column, table.getItems().get(row))) : "");
            }
            text.append(String.join("\t", cells)).append('\n');
        }
        return text.toString();
    }

    /** A tab or line break inside a note would shift the cells after it when pasted. */
    private static String clean(String cell) {
        return cell == null ? "" : cell.replaceAll("[\\t\\r\\n]+", " ");
    }
}
