package org.yusuan.workbench.domain.input;

/** A budget file that cannot be opened; the message says why, in Chinese, for the user. */
public final class BudgetFileException extends RuntimeException {

    public BudgetFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
