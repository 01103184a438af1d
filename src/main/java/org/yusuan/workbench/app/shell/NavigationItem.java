package org.yusuan.workbench.app.shell;

/** An entry of the navigation tree: its label and the page it opens (null for a heading only). */
record NavigationItem(String label, String page) {

    @Override
    public String toString() {
        return label;
    }
}
