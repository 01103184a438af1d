package org.yusuan.workbench.audit;

import org.yusuan.workbench.text.Texts;

/**
 * The audit's bundle ({@code audit/messages*.properties}): held once here so that every rule, the
 * severities and the places say their words in the one language the program was started in.
 */
final class AuditTexts {

    static final Texts TEXTS = Texts.of("org.yusuan.workbench.audit");

    private AuditTexts() {
    }

    /** A whole number as plain digits: MessageFormat would group 1234 as "1,234". */
    static String n(long number) {
        return Long.toString(number);
    }
}
