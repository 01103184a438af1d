package org.yusuan.workbench.app.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** 最近打开: the budget files opened last, newest first, kept in the user's preferences. */
public final class RecentFiles {

    static final int LIMIT = 8;
    private static final String KEY = "file.";

    private final Preferences preferences;

    public RecentFiles(Preferences preferences) {
        this.preferences = preferences;
    }

    /** The user's own list. */
    public static RecentFiles ofUser() {
        return new RecentFiles(UserPreferences.node("recent"));
    }

    public List<Path> list() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < LIMIT; i++) {
            String value = preferences.get(KEY + i, null);
            if (value != null) {
                files.add(Path.of(value));
            }
        }
        return files;
    }

    /** Puts {@code file} first (once), dropping the oldest beyond the limit. */
    public void opened(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>(list());
        files.remove(absolute);
        files.add(0, absolute);
        for (int i = 0; i < LIMIT; i++) {
            if (i < files.size()) {
                preferences.put(KEY + i, files.get(i).toString());
            } else {
                preferences.remove(KEY + i);
            }
        }
    }
}
