package org.yusuan.workbench.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.text.Font;

/** Registers the bundled Noto Sans SC so the window looks the same on every machine (decision 0006). */
public final class BundledFonts {

    public static final String FAMILY = "Noto Sans SC";
    private static final String[] FILES = {"NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf"};

    private BundledFonts() {
    }

    public static void load() {
        for (String file : FILES) {
            try (InputStream in = BundledFonts.class.getResourceAsStream("/org/yusuan/workbench/fonts/" + file)) {
                if (in == null || Font.loadFont(in, 14) == null) {
                    throw new IllegalStateException("bundled font " + file + " cannot be loaded");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
