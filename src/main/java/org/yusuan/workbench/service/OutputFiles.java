package org.yusuan.workbench.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.yusuan.workbench.text.Texts;

/**
 * Writes a report file whole or not at all: into a temporary file beside the target, then moved
 * over it. A failed run (disk full, a PDF viewer holding the file on Windows) leaves the previous
 * booklet intact instead of half a file.
 */
final class OutputFiles {

    /** The service's bundle: its sentences reach the user through either front end. */
    private static final Texts TEXTS = Texts.of("org.yusuan.workbench.service");

    /** What writes the content. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private OutputFiles() {
    }

    static void replace(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException(TEXTS.get("output.noFolder", folder));
        }
        // Not Files.createTempFile: it makes the file readable by its owner only (0600), and the
        // booklet or workbook handed on would keep that. A plain new file gets the permissions
        // the user's umask gives every document.
        Path temporary = folder.resolve(".yusuan-" + java.util.UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
