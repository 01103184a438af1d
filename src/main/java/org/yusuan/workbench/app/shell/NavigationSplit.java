package org.yusuan.workbench.app.shell;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The navigation tree beside the work area. The tree is never narrower than its longest item (a
 * table's name cut to "表6 一般公共预算…" tells the accountant nothing), and the divider comes back
 * as it was when the budget file was last open, held there while the window takes its remembered
 * size, until the accountant moves it.
 */
final class NavigationSplit {

    /** Room for the vertical scroll bar, which a short window shows. */
    private static final double SCROLL_BAR = 16;
    /** Indentation per level (TreeCell's -fx-indent) for items not laid out yet. */
    private static final double INDENT = 10;

    private final TreeView<NavigationItem> navigation;
    private final SplitPane split;
    private final WindowMemory memory;
    /** The file whose divider is remembered; null: none. */
    private Path file;
    /** The position to hold while the window is sized; NaN once the divider was moved otherwise than by a layout. */
    private double wanted = Double.NaN;
    /** Set while the divider is put back, which is not a change to remember. */
    private boolean restoring;
    /** Set while the split pane lays out: a move then follows a new size, not the accountant. */
    private boolean inLayout;
    private final Text measure = new Text();

    NavigationSplit(TreeView<NavigationItem> navigation, Node workArea, WindowMemory memory) {
        this.navigation = navigation;
        this.memory = memory;
        navigation.setMinWidth(WindowMemory.MIN_NAVIGATION_WIDTH);
        split = new SplitPane(navigation, workArea) {
            @Override
            protected void layoutChildren() {
                inLayout = true;
                try {
                    super.layoutChildren();
                } finally {
                    inLayout = false;
                }
            }
        };
        split.setDividerPositions(0.2);
        SplitPane.setResizableWithParent(navigation, false);
        split.getDividers().get(0).positionProperty().addListener((o, was, now) -> {
            if (!restoring && !inLayout) {
                wanted = Double.NaN; // moved by the accountant (or a program): that is the place now
            }
            if (!restoring && file != null) {
                memory.rememberDivider(file, now.doubleValue());
            }
        });
        split.widthProperty().addListener((o, was, now) -> {
            if (!Double.isNaN(wanted)) {
                apply();
            }
        });
        // The items' widths are known once the tree has laid its cells out in the window's font.
        navigation.needsLayoutProperty().addListener((o, was, now) -> {
            if (!now) {
                fit();
            }
        });
    }

    SplitPane node() {
        return split;
    }

    /** Puts the divider where it was when {@code file} was last open (else the default), and remembers it there. */
    void restore(Path file) {
        this.file = null;
        wanted = memory.divider(file).orElse(Double.NaN);
        if (Double.isNaN(wanted)) {
            wanted = WindowMemory.sensibleDivider(Double.NaN, split.getWidth());
        }
        apply();
        this.file = file;
    }

    /** Remembers nothing until the next {@link #restore}. */
    void forget() {
        file = null;
        wanted = Double.NaN;
    }

    private void apply() {
        restoring = true;
        try {
            split.setDividerPositions(WindowMemory.sensibleDivider(wanted, split.getWidth(), navigation.getMinWidth()));
        } finally {
            restoring = false;
        }
    }

    /** Makes the tree's least width that of its widest item, cells laid out measured as they are. */
    private void fit() {
        TreeItem<NavigationItem> root = navigation.getRoot();
        if (root == null) {
            return;
        }
        Font font = Font.getDefault();
        double besideText = 0;
        java.util.Map<TreeItem<?>, Double> laidOut = new java.util.HashMap<>();
        for (Node node : navigation.lookupAll(".tree-cell")) {
            if (node instanceof TreeCell<?> cell && !cell.isEmpty() && cell.getTreeItem() != null && cell.getText() != null) {
                font = cell.getFont();
                double width = cell.prefWidth(-1);
                laidOut.put(cell.getTreeItem(), width);
                besideText = Math.max(besideText, width - textWidth(cell.getText(), font) - INDENT * level(cell));
            }
        }
        double widest = widest(root, 0, font, besideText, laidOut);
        double least = Math.ceil(widest + navigation.snappedLeftInset() + navigation.snappedRightInset() + SCROLL_BAR);
        if (least > navigation.getMinWidth()) {
            navigation.setMinWidth(least);
            if (!Double.isNaN(wanted)) {
                apply();
            }
        }
    }

    private double widest(TreeItem<NavigationItem> item, int depth, Font font, double besideText,
                          java.util.Map<TreeItem<?>, Double> laidOut) {
        double widest = 0;
        for (TreeItem<NavigationItem> child : item.getChildren()) {
            Double measured = laidOut.get(child);
            widest = Math.max(widest, measured != null ? measured
                    : textWidth(child.getValue().label(), font) + besideText + INDENT * depth);
            widest = Math.max(widest, widest(child, depth + 1, font, besideText, laidOut));
        }
        return widest;
    }

    private int level(IndexedCell<?> cell) {
        return cell instanceof TreeCell<?> t ? Math.max(0, navigation.getTreeItemLevel(t.getTreeItem()) - 1) : 0;
    }

    private double textWidth(String text, Font font) {
        measure.setFont(font);
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }
}
