package org.yusuan.workbench.exchange.sheet;

/** A file refused as a whole before any of its cells is read; the message names the file and why. */
final class UnreadableFileException extends Exception {

    UnreadableFileException(String message) {
        super(message);
    }
}
