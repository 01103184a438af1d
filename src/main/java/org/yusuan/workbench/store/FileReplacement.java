package org.yusuan.workbench.store;

import static org.yusuan.workbench.store.StoreTexts.TEXTS;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.yusuan.workbench.domain.input.BudgetFileException;

/**
 * Puts a finished file in place of another in one step, so a crash leaves either the old file or the
 * whole new one: the new file is written under a temporary name in the same folder, forced to the
 * disk, and renamed (an atomic rename within one file system).
 */
final class FileReplacement {

    private FileReplacement() {
    }

    /** A temporary name beside {@code target}, hidden, that no other program will take for a budget. */
    static Path siblingFor(Path target, String purpose) {
        String name = target.getFileName().toString();
        String base = name.endsWith(BudgetDatabase.FILE_SUFFIX)
                ? name.substring(0, name.length() - BudgetDatabase.FILE_SUFFIX.length()) : name;
        return target.toAbsolutePath().resolveSibling("." + base + "." + purpose + "-"
                + UUID.randomUUID().toString().substring(0, 8) + BudgetDatabase.FILE_SUFFIX);
    }

    /**
     * Forces {@code finished} to the disk and renames it to {@code target}.
     *
     * @param replace whether an existing {@code target} is replaced; when false and the target
     *                appeared meanwhile, the move is refused
     */
    static void moveIntoPlace(Path finished, Path target, boolean replace) {
        try {
            force(finished, false);
            if (replace) {
                Files.move(finished, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                // A hard link fails if the target exists, where a rename would silently replace it.
                try {
                    Files.createLink(target, finished);
                } catch (FileAlreadyExistsException e) {
                    throw e;
                } catch (UnsupportedOperationException | IOException noHardLinks) {
                    Files.move(finished, target, StandardCopyOption.ATOMIC_MOVE);
                }
                Files.deleteIfExists(finished);
            }
            force(target.toAbsolutePath().getParent(), true);
        } catch (FileAlreadyExistsException e) {
            throw new BudgetFileException(TEXTS.get("file.exists", target), e);
        } catch (AtomicMoveNotSupportedException e) {
            throw new BudgetFileException(TEXTS.get("file.noAtomicRename", target.getParent()), e);
        } catch (IOException e) {
            throw new BudgetFileException(TEXTS.get("file.cannotSave", target, e.getMessage()), e);
        }
    }

    /** fsync of a file, or of a folder so the rename itself is durable (not possible everywhere). */
    private static void force(Path path, boolean folder) throws IOException {
        try (FileChannel channel = FileChannel.open(path, folder ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (IOException e) {
            if (!folder) {
                throw e;
            }
            // Windows cannot open a folder as a channel; its rename is journalled by NTFS.
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(file.getFileName().toString()
                    .replace(BudgetDatabase.FILE_SUFFIX, ".trace.db")));
        } catch (IOException ignored) {
            // a leftover temporary file is hidden and harmless; the next creation uses another name
        }
    }
}
