package org.yusuan.workbench.app;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The one way the workstation gets its strings: {@code messages_zh_CN.properties} (UTF-8), or the
 * English {@code messages_en.properties} when started with {@code -Dyusuan.lang=en}. Chinese is the
 * default whatever the system locale, since the budget documents themselves are Chinese.
 */
public final class Messages {

    private static final String BUNDLE = "org.yusuan.workbench.app.messages";
    private static final Locale LOCALE = Locale.forLanguageTag(System.getProperty("yusuan.lang", "zh-CN"));

    private Messages() {
    }

    /** The interface language: Chinese unless started with {@code -Dyusuan.lang=en}. */
    public static Locale locale() {
        return LOCALE;
    }

    public static String get(String key, Object... args) {
        String pattern = bundle().getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, LOCALE).format(args);
    }

    public static ResourceBundle bundle() {
        // No fallback to the system locale: an unknown language falls back to the Chinese base bundle.
        return ResourceBundle.getBundle(BUNDLE, LOCALE, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
