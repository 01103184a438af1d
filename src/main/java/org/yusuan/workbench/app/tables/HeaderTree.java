package org.yusuan.workbench.app.tables;

import java.util.ArrayList;
import java.util.List;
import org.yusuan.workbench.calc.table.HeaderCell;

/**
 * A table's header rows (cells with column and row spans, as printed) as a tree of columns: a cell
 * is the parent of the cells right under it within its span. Leaves are the data columns.
 */
final class HeaderTree {

    /** A header cell placed in the grid. */
    record Node(String text, int row, int column, int columnSpan, int rowSpan, List<Node> children) {

        boolean isLeaf() {
            return children.isEmpty();
        }
    }

    private HeaderTree() {
    }

    /** Every cell of the header, parents before their children. */
    static List<Node> cells(List<Node> roots) {
        List<Node> cells = new ArrayList<>();
        for (Node root : roots) {
            cells.add(root);
            cells.addAll(cells(root.children()));
        }
        return cells;
    }

    static List<Node> build(List<List<HeaderCell>> header) {
        int columns = header.get(0).stream().mapToInt(HeaderCell::columnSpan).sum();
        List<List<Node>> placed = new ArrayList<>();
        int[] coveredUntil = new int[columns];
        for (int r = 0; r < header.size(); r++) {
            List<Node> row = new ArrayList<>();
            int c = 0;
            for (HeaderCell cell : header.get(r)) {
                while (c < columns && coveredUntil[c] > r) {
                    c++;
                }
                row.add(new Node(cell.text(), r, c, cell.columnSpan(), cell.rowSpan(), new ArrayList<>()));
                for (int k = 0; k < cell.columnSpan() && c + k < columns; k++) {
                    coveredUntil[c + k] = r + cell.rowSpan();
                }
                c += cell.columnSpan();
            }
            placed.add(row);
        }
        for (List<Node> row : placed) {
            for (Node node : row) {
                int below = node.row() + node.rowSpan();
                if (below < placed.size()) {
                    for (Node child : placed.get(below)) {
                        if (child.column() >= node.column() && child.column() < node.column() + node.columnSpan()) {
                            node.children().add(child);
                        }
                    }
                }
            }
        }
        return placed.get(0);
    }
}
