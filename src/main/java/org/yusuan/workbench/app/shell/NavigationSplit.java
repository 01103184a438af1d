package org.yusuan.workbench.app.shell;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeView;

/**
 * The navigation tree beside the work area. The divider comes back
 * as it was when the budget file was last open, held there while the window takes its remembered
 * size, until the accountant moves it.
 */
final class NavigationSplit {

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

    NavigationSplit(TreeView<NavigationItem> navigation, Node workArea, WindowMemory memory) {
        this.navigation = navigation;
        this.memory = memory;
        // A narrower tree shows only the first character or two of each item.
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
            split.setDividerPositions(WindowMemory.sensibleDivider(wanted, split.getWidth()));
        } finally {
            restoring = false;
        }
    }
}
