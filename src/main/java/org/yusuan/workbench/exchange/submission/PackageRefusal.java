package org.yusuan.workbench.exchange.submission;

import org.yusuan.workbench.exchange.ExchangeTexts;

/** A package that is not accepted; the message is one sentence (exchange bundle, {@code package.*}) naming what is wrong. */
public final class PackageRefusal extends Exception {

    /** {@code key} names the sentence in the exchange layer's bundle; numbers are put in as plain digits. */
    PackageRefusal(String key, Object... args) {
        super(ExchangeTexts.say(key, args));
    }
}
