package org.yusuan.workbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An exported file is written whole and is readable like any document the user makes. */
class OutputFilesTest {

    @TempDir
    Path dir;

    @Test
    void anExportedFileHasThePermissionsOfAnyNewDocument() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
        Path exported = dir.resolve("预算公开.pdf");
        OutputFiles.replace(exported, out -> out.write("%PDF".getBytes(StandardCharsets.US_ASCII)));
        // What the user's umask gives a new file, whatever it is on this machine (0644 with umask 022);
        // the export once had 0600, unreadable by the colleague who prints it.
        Path ordinary = Files.createFile(dir.resolve("ordinary.txt"));
        assertThat(Files.getPosixFilePermissions(exported)).isEqualTo(Files.getPosixFilePermissions(ordinary));
    }

    @Test
    void aFailedWriteLeavesThePreviousFileAndNoTemporaryOne() throws IOException {
        Path exported = Files.writeString(dir.resolve("tables.xlsx"), "before");
        try {
            OutputFiles.replace(exported, out -> {
                out.write('x');
                throw new IOException("disk full");
            });
        } catch (IOException expected) {
            assertThat(expected).hasMessage("disk full");
        }
        assertThat(exported).hasContent("before");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(exported);
        }
    }
}
