package org.yusuan.workbench.exchange;

import org.yusuan.workbench.text.Texts;

/**
 * The exchange layer's sentences (import refusals, template hints that are not format
 * identifiers), from {@code org/yusuan/workbench/exchange/messages*.properties}. Numbers are put
 * in as plain digits: a row number reads 100002, not 100,002, and an amount keeps its own digits.
 */
public final class ExchangeTexts {

    private static final Texts TEXTS = Texts.of("org.yusuan.workbench.exchange");

    private ExchangeTexts() {
    }

    public static String say(String key, Object... args) {
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Number n ? n.toString() : args[i];
        }
        return TEXTS.get(key, plain);
    }
}
