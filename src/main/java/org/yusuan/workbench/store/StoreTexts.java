package org.yusuan.workbench.store;

import org.yusuan.workbench.text.Texts;

/**
 * The store's bundle ({@code store/messages*.properties}): why a budget file was refused or could not
 * be saved, which both front ends show as they are, in the language the program was started in.
 */
final class StoreTexts {

    static final Texts TEXTS = Texts.of("org.yusuan.workbench.store");

    private StoreTexts() {
    }
}
