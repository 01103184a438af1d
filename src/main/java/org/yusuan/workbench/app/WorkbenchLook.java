package org.yusuan.workbench.app;

import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;
import org.yusuan.workbench.app.common.BundledFonts;
import org.yusuan.workbench.app.common.Messages;

/**
 * The look of every window the workstation opens: the theme, the bundled font and the interface
 * language of JavaFX's own buttons. Installed once at start, by the application and by the tests
 * that start it, so a dialog, a progress window or a popup cannot fall back to a system font
 * without Chinese glyphs (□) or to English button texts ("OK", "Cancel").
 */
public final class WorkbenchLook {

    private static final String STYLESHEET = WorkbenchLook.class.getResource("workbench.css").toExternalForm();
    private static boolean installed;

    private WorkbenchLook() {
    }

    /**
     * Sets the default locale to the interface language. Must run before JavaFX's controls are first
     * used: their standard texts (确定, 取消, 是, 否) are read from JavaFX's bundles once.
     */
    public static void useInterfaceLanguage() {
        Locale.setDefault(Messages.locale());
    }

    /** Theme, fonts and the stylesheet on every window, present and future; call on the FX thread. */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        useInterfaceLanguage();
        BundledFonts.load();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Window.getWindows().forEach(WorkbenchLook::style);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(WorkbenchLook::style);
            }
        });
    }

    /** Adds the workstation's stylesheet to a window's scene, now and whenever its scene changes. */
    private static void style(Window window) {
        addStylesheet(window.getScene());
        window.sceneProperty().addListener((o, was, now) -> addStylesheet(now));
    }

    public static void addStylesheet(Scene scene) {
        if (scene != null && !scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
    }
}
