package org.yusuan.workbench.app.shell;

import java.nio.file.Path;

/**
 * Where the workstation keeps its budget when the user names none: {@code ~/YusuanWorkbench/budget.mv.db}.
 * The system property {@code yusuan.db} (or the first program argument) points elsewhere.
 */
public final class DefaultBudgetFile {

    static final String PROPERTY = "yusuan.db";

    private DefaultBudgetFile() {
    }

    public static Path resolve(String[] args) {
        if (args.length > 0 && !args[0].isBlank()) {
            return Path.of(args[0]);
        }
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        return Path.of(System.getProperty("user.home"), "YusuanWorkbench", "budget.mv.db");
    }
}
