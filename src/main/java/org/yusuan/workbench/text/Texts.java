package org.yusuan.workbench.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one language mechanism: every sentence the program says to a person (workstation, audit
 * findings, import refusals, command line) comes from a UTF-8 properties bundle through here.
 * Chinese is the default whatever the system locale, since the budget documents themselves are
 * Chinese; {@code -Dyusuan.lang=en} switches to English. Each layer keeps its own bundle next to
 * its code ({@code org/yusuan/workbench/<layer>/messages*.properties}) so no layer reaches up for
 * its words.
 */
public final class Texts {

    private static final Locale LOCALE = Locale.forLanguageTag(System.getProperty("yusuan.lang", "zh-CN"));

    private final String baseName;

    private Texts(String baseName) {
        this.baseName = baseName;
    }

    /** The bundle {@code <package>/messages*.properties} of a layer, e.g. {@code "org.yusuan.workbench.audit"}. */
    public static Texts of(String packageName) {
        return new Texts(packageName + ".messages");
    }

    /** The interface language: Chinese unless started with {@code -Dyusuan.lang=en}. */
    public static Locale locale() {
        return LOCALE;
    }

    /** The sentence under {@code key}, with {@code args} put in by {@link MessageFormat}. */
    public String get(String key, Object... args) {
        String pattern = bundle().getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, LOCALE).format(args);
    }

    /** Whether the bundle has {@code key}: for keys made from an enum or a rule code. */
    public boolean has(String key) {
        try {
            bundle().getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    public ResourceBundle bundle() {
        // No fallback to the system locale: an unknown language falls back to the Chinese base bundle.
        return ResourceBundle.getBundle(baseName, LOCALE, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
