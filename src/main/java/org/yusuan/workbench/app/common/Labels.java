package org.yusuan.workbench.app.common;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** Labels that show their whole text. */
public final class Labels {

    private Labels() {
    }

    /**
     * Lets {@code label} wrap onto as many lines as its width needs. A VBox gives a child no more than
     * its minimum height when room is short, and a label's minimum is one line: the rest was cut to "…".
     */
    public static <L extends Label> L wrapping(L label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
