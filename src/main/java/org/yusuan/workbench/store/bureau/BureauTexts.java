package org.yusuan.workbench.store.bureau;

import org.yusuan.workbench.text.Texts;

/** The store layer's bundle, keys {@code bureau.*}: why a consolidation store cannot be used. */
final class BureauTexts {

    static final Texts TEXTS = Texts.of("org.yusuan.workbench.store");

    private BureauTexts() {
    }
}
