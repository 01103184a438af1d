package org.yusuan.workbench.app.shell;

import java.util.Optional;
import javafx.scene.control.TreeItem;

/** An entry of the navigation tree: its label and the page it opens (null for a heading only). */
record NavigationItem(String label, String page) {

    @Override
    public String toString() {
        return label;
    }

    /** The first item under {@code item} (itself included, depth first) that opens page {@code key}. */
    static Optional<TreeItem<NavigationItem>> find(TreeItem<NavigationItem> item, String key) {
        if (key.equals(item.getValue().page())) {
            return Optional.of(item);
        }
        for (TreeItem<NavigationItem> child : item.getChildren()) {
            var found = find(child, key);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
