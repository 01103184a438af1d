package org.yusuan.workbench.cli;

import org.yusuan.workbench.text.Texts;

/**
 * The command line's bundle ({@code cli/messages*.properties}): what the commands print and, given
 * to picocli by {@link YusuanCommand#execute}, the descriptions of the help, so that
 * {@code -Dyusuan.lang=en} turns both to English.
 */
final class CliTexts {

    static final Texts TEXTS = Texts.of("org.yusuan.workbench.cli");

    private CliTexts() {
    }

    /** A whole number as plain digits: MessageFormat would group a year 2023 as "2,023". */
    static String n(long number) {
        return Long.toString(number);
    }
}
