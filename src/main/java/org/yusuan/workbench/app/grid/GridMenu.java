package org.yusuan.workbench.app.grid;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import org.yusuan.workbench.app.common.Messages;

/**
 * The line grids' context menu: 复制, 粘贴, 清除内容, 删除行. The items name their keys but carry no
 * accelerators: a control's context-menu accelerators act on the whole scene, so Delete in a filter
 * box or a list beside the grid would clear the grid's cells, and Ctrl+V anywhere would paste rows.
 * {@link SpreadsheetKeys} does the keys, on the grid only.
 */
public final class GridMenu {

    private GridMenu() {
    }

    /** @param paste null where the grid takes no pasted rows */
    public static ContextMenu of(TableView<?> table, Runnable paste, Runnable clear, Runnable deleteRows) {
        ContextMenu menu = new ContextMenu(item("grid.menu.copy", () -> GridClipboard.copy(table)));
        if (paste != null) {
            menu.getItems().add(item("grid.menu.paste", paste));
        }
        menu.getItems().addAll(item("grid.menu.clear", clear), item("grid.menu.deleteRows", deleteRows));
        return menu;
    }

    private static MenuItem item(String key, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setOnAction(e -> action.run());
        return item;
    }
}
