package org.yusuan.workbench.app.common;

import java.util.Locale;
import java.util.ResourceBundle;
import org.yusuan.workbench.text.Texts;

/**
 * The workstation's strings: {@code app/messages_zh_CN.properties} (UTF-8), or the English
 * {@code messages_en.properties} when started with {@code -Dyusuan.lang=en}, read through the
 * program's one language mechanism, {@link Texts}.
 */
public final class Messages {

    private static final Texts TEXTS = Texts.of("org.yusuan.workbench.app");

    private Messages() {
    }

    /** The interface language: Chinese unless started with {@code -Dyusuan.lang=en}. */
    public static Locale locale() {
        return Texts.locale();
    }

    public static String get(String key, Object... args) {
        return TEXTS.get(key, args);
    }

    public static ResourceBundle bundle() {
        return TEXTS.bundle();
    }
}
