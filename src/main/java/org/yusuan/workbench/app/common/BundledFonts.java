package org.yusuan.workbench.app.common;

import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.text.Font;

/**
 * The bundled Noto Sans SC, registered for JavaFX and for Java2D alike, so the window, the charts
 * (JFreeChart draws with Java2D) and every dialog look the same on every machine, including one
 * without any Chinese system font (decision 0006).
 */
public final class BundledFonts {

    public static final String FAMILY = "Noto Sans SC";
    private static final String REGULAR = "NotoSansSC-Regular.ttf";
    private static final String BOLD = "NotoSansSC-Bold.ttf";

    private static final Object AWT_LOCK = new Object();
    private static java.awt.Font awtRegular;
    private static java.awt.Font awtBold;

    private BundledFonts() {
    }

    /**
     * Loads both faces for JavaFX, and for Java2D on a thread of its own; called once at start,
     * before any window is built. Java2D (the charts) needs its faces only later, and preparing them
     * (the AWT graphics environment, two 10 MB fonts parsed again) kept the first window waiting.
     */
    public static void load() {
        loadForJavaFx();
        Thread java2d = new Thread(() -> awt(java.awt.Font.PLAIN, 12), "yusuan-java2d-fonts");
        java2d.setDaemon(true);
        java2d.setPriority(Thread.MIN_PRIORITY);
        java2d.start();
    }

    private static synchronized void loadForJavaFx() {
        for (String file : new String[] {REGULAR, BOLD}) {
            try (InputStream in = open(file)) {
                if (Font.loadFont(in, 14) == null) {
                    throw new IllegalStateException("bundled font " + file + " cannot be loaded");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The bundled face for Java2D drawing. Taken from the font file itself rather than looked up by
     * family name: a name lookup silently falls back to a font without Chinese glyphs (□). Waits
     * while {@link #load()}'s thread is preparing it.
     *
     * @param style {@link java.awt.Font#PLAIN} or {@link java.awt.Font#BOLD}
     */
    public static java.awt.Font awt(int style, float size) {
        synchronized (AWT_LOCK) {
            if (awtRegular == null) {
                awtRegular = awtFace(REGULAR);
                awtBold = awtFace(BOLD);
            }
            return ((style & java.awt.Font.BOLD) != 0 ? awtBold : awtRegular).deriveFont(size);
        }
    }

    private static java.awt.Font awtFace(String file) {
        try (InputStream in = open(file)) {
            java.awt.Font font = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
            // Registered too, so Swing/Java2D code that asks for the family by name finds it.
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bundled font " + file + " cannot be read", e);
        }
    }

    private static InputStream open(String file) throws IOException {
        InputStream in = BundledFonts.class.getResourceAsStream("/org/yusuan/workbench/fonts/" + file);
        if (in == null) {
            throw new IOException("bundled font " + file + " is missing from the program");
        }
        return in;
    }
}
