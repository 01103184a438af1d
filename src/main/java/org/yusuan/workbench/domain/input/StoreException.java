package org.yusuan.workbench.domain.input;

/** A consolidation store (汇总库) that cannot be opened or written; the message says why, for the user. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
