package org.yusuan.workbench.domain.money;

/** An amount that is not an exact 元 figure; the message is the Chinese reason. */
public final class InvalidAmountException extends IllegalArgumentException {

    private final String input;

    public InvalidAmountException(String input, String reason) {
        super(reason);
        this.input = input;
    }

    /** What was typed. */
    public String input() {
        return input;
    }
}
