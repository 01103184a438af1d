package org.yusuan.workbench.cli;

import static org.yusuan.workbench.cli.CliTexts.TEXTS;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Why an output file could not be written, in the program's language (the JDK's messages are English). */
final class OutputProblem {

    private OutputProblem() {
    }

    static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return TEXTS.get("output.accessDenied");
        }
        if (e instanceof NoSuchFileException) {
            return TEXTS.get("output.noFolder");
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
