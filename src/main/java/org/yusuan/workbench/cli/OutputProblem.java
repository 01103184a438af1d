package org.yusuan.workbench.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Why an output file could not be written, in Chinese (the JDK's messages are English). */
final class OutputProblem {

    private OutputProblem() {
    }

    static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "没有写入权限";
        }
        if (e instanceof NoSuchFileException) {
            return "文件夹不存在";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
