package org.yusuan.workbench.app.shell;
import java.util.Optional;
import javafx.scene.control.TreeItem;

/** An entry of the navigation tree: its label and the page it opens (null for a heading only). */
record NavigationItem(String label, Page page) {

    @Override
    public String toString() {
        return label;
    }

    /** Relabels the items of tables 2-13 and their siblings (table 1) with {@code label} of the table's number. */
    static void retitleTables(TreeItem<NavigationItem> root, java.util.function.IntFunction<String> label) {
        find(root, new Page.Table(2)).map(TreeItem::getParent).ifPresent(tables -> tables.getChildren().forEach(item -> {
            if (item.getValue().page() instanceof Page.Table table) {
                item.setValue(new NavigationItem(label.apply(table.number()), table));
            }
        }));
    }

    /** The first item under {@code item} (itself included, depth first) that opens {@code page}. */
    static Optional<TreeItem<NavigationItem>> find(TreeItem<NavigationItem> item, Page page) {
        if (page.equals(item.getValue().page())) {
            return Optional.of(item);
        }
        for (TreeItem<NavigationItem> child : item.getChildren()) {
            var found = find(child, page);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
