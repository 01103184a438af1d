package org.yusuan.workbench.app.common;

import java.util.prefs.Preferences;

/**
 * Where the workstation keeps what it remembers for the user (recent files, window places): one
 * node, named explicitly rather than after a class's package, so moving a class never makes the
 * program forget what users already have under it.
 */
public final class UserPreferences {

    private static final String ROOT = "/org/yusuan/workbench/app";

    private UserPreferences() {
    }

    /** The child {@code name} of the workstation's node, e.g. {@code "recent"}. */
    public static Preferences node(String name) {
        return Preferences.userRoot().node(ROOT).node(name);
    }
}
