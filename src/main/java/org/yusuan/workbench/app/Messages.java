package org.yusuan.workbench.app;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The one way the workstation gets its strings: {@code messages_zh_CN.properties} (UTF-8). */
public final class Messages {

    private static final String BUNDLE = "org.yusuan.workbench.app.messages";
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private Messages() {
    }

    public static String get(String key, Object... args) {
        String pattern = ResourceBundle.getBundle(BUNDLE, CHINESE).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, CHINESE).format(args);
    }

    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, CHINESE);
    }
}
