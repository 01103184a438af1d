package org.yusuan.workbench.app;

import javafx.application.Application;

/**
 * Entry point of the workstation. Kept apart from {@link WorkbenchApplication} so the program also
 * starts from a plain classpath (a JavaFX Application main class would insist on modules).
 */
public final class WorkbenchLauncher {

    private WorkbenchLauncher() {
    }

    public static void main(String[] args) {
        // Before the toolkit starts: JavaFX reads its button texts in the default locale once.
        WorkbenchLook.useInterfaceLanguage();
        // The budget file opens while the toolkit starts and the first window shows.
        FirstOpen.begin(args);
        Application.launch(WorkbenchApplication.class, args);
    }
}
