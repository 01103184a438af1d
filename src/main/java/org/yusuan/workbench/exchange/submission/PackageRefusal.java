package org.yusuan.workbench.exchange.submission;

/** A package that is not accepted; the message is one Chinese sentence naming what is wrong. */
public final class PackageRefusal extends Exception {

    PackageRefusal(String template, Object... args) {
        super(String.format(template, args));
    }
}
