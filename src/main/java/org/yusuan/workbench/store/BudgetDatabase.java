package org.yusuan.workbench.store;

import static org.yusuan.workbench.store.StoreTexts.TEXTS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Predicate;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.yusuan.workbench.domain.input.BudgetFileException;

/**
 * An open budget file: an embedded H2 database migrated to the program's schema on open. The one
 * way to open a budget. While it is open the file is locked, so a second instance of the program
 * gets a clear message instead of a corrupted file.
 */
public final class BudgetDatabase implements AutoCloseable {

    /**
     * The schema version of the newest script in {@code db/migration}. A file already at this version
     * opens without starting Flyway (which costs a noticeable part of a command's start-up); a test
     * keeps the constant equal to the scripts.
     */
    static final int SCHEMA_VERSION = 7;

    /** Every shipped script's version, oldest first: a file holding any other version is newer. */
    static final List<String> KNOWN_VERSIONS = List.of("1", "2", "3", "4", "5", "6", "7");

    /** The table (V4) and row that mark a file as this program's. */
    static final String APPLICATION_TABLE = "YUSUAN_FILE";
    static final String APPLICATION_ID = "org.yusuan.workbench";
    /** Files written before the mark existed are recognised by their first migration script. */
    static final String FIRST_SCRIPT = "V1__budget_schema.sql";

    /** H2 appends this to the database name; users may name the file with or without it. */
    public static final String FILE_SUFFIX = ".mv.db";

    /**
     * WRITE_DELAY=0: a committed transaction is written before the call returns, so a crash loses
     * nothing. MAX_COMPACT_TIME=0: no compaction when the file is closed. That compaction moves
     * chunks inside the file after the last commit; a process killed while it ran (for a large
     * import, the 0.2 s after the success message) left a file that reopened with the budget
     * before the import (docs/reliability.md). Freed space is still reused by later writes.
     */
    private static final String SETTINGS = ";WRITE_DELAY=0;MAX_COMPACT_TIME=0;DB_CLOSE_ON_EXIT=FALSE";

    private final Path file;
    private final JdbcConnectionPool pool;
    /** Held open for the whole session: keeps the database (and its file lock) alive. */
    private final Connection keeper;
    private final DSLContext dsl;
    /** A temporary folder deleted on close (the migrated copy a read-only open reads from), or null. */
    private Path discardOnClose;

    private BudgetDatabase(Path file, JdbcConnectionPool pool, Connection keeper) {
        this.file = file;
        this.pool = pool;
        this.keeper = keeper;
        this.dsl = DSL.using(pool, SQLDialect.H2);
    }

    /**
     * Opens the budget file, creating an empty one (complete, or not at all) if it does not exist,
     * and brings its schema up to date (on a copy that replaces the file only when the upgrade is
     * complete).
     *
     * @throws BudgetFileException when the file is in use, damaged, not a budget file or from a
     *                             newer program; such a file is left unchanged
     */
    public static BudgetDatabase open(Path file) {
        Path normalized = normalize(file);
        if (!Files.exists(normalized)) {
            create(normalized, db -> true);
        }
        return openExisting(normalized);
    }

    /**
     * Creates a new budget file and fills it: the file appears, complete, under its name only when
     * {@code fill} returns true; otherwise (or when {@code fill} throws) nothing is left behind.
     *
     * @return whether the file was created
     * @throws BudgetFileException when the file exists already or cannot be written
     */
    public static boolean create(Path file, Predicate<BudgetDatabase> fill) {
        Path target = normalize(file).toAbsolutePath();
        if (Files.exists(target)) {
            throw new BudgetFileException(TEXTS.get("file.exists", target), null);
        }
        createDirectories(target);
        Path temporary = FileReplacement.siblingFor(target, "creating");
        try {
            BudgetDatabase db = migrated(temporary);
            boolean keep;
            try {
                keep = fill.test(db);
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
            if (!keep) {
                db.close();
                return false;
            }
            db.closeCompacted();
            FileReplacement.moveIntoPlace(temporary, target, false);
            return true;
        } finally {
            FileReplacement.deleteQuietly(temporary);
        }
    }

    /**
     * Opens an existing budget file for reading only (last year's file when next year's is made
     * from it): identified as {@link #open} does, then read through a read-only connection, so the
     * file is never written — not even upgraded. A file of an older schema is read from a migrated
     * temporary copy, deleted on close. Every write through the result fails.
     *
     * @throws BudgetFileException when the file does not exist, is in use, damaged, not a budget file
     *                             or from a newer program
     */
    public static BudgetDatabase openReadOnly(Path file) {
        Path normalized = normalize(file).toAbsolutePath();
        if (!Files.isRegularFile(normalized)) {
            throw new BudgetFileException(TEXTS.get("file.missing", normalized), null);
        }
        int version = BudgetFileProbe.probe(normalized, url(normalized), KNOWN_VERSIONS).schemaVersion();
        if (version >= SCHEMA_VERSION) {
            return connect(normalized, READ_ONLY);
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("yusuan-read");
            Path copy = folder.resolve(normalized.getFileName());
            Files.copy(normalized, copy);
            migrated(copy).closeCompacted();
            BudgetDatabase db = connect(copy, READ_ONLY);
            db.discardOnClose = folder;
            return db;
        } catch (IOException e) {
            deleteFolder(folder);
            throw new BudgetFileException(TEXTS.get("file.unreadable", normalized, e.getMessage()), e);
        } catch (RuntimeException e) {
            deleteFolder(folder);
            throw e;
        }
    }

    private static BudgetDatabase openExisting(Path normalized) {
        String url = url(normalized);
        int version = BudgetFileProbe.probe(normalized, url, KNOWN_VERSIONS).schemaVersion();
        if (version < SCHEMA_VERSION) {
            upgradeOnCopy(normalized);
        }
        return connect(normalized);
    }

    /**
     * Migrates a copy of an older file and puts it in the file's place: a crash or a failed script
     * leaves the file as it was, never half upgraded.
     */
    private static void upgradeOnCopy(Path file) {
        Path copy = FileReplacement.siblingFor(file, "upgrading");
        try {
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            migrated(copy).closeCompacted();
            FileReplacement.moveIntoPlace(copy, file, true);
        } catch (IOException e) {
            throw new BudgetFileException(TEXTS.get("file.upgradeFailed", file, e.getMessage()), e);
        } finally {
            FileReplacement.deleteQuietly(copy);
        }
    }

    /** Opens a file that is not in place yet (new, or a copy) and brings its schema up to date. */
    private static BudgetDatabase migrated(Path notInPlace) {
        BudgetDatabase db = connect(notInPlace);
        try {
            migrate(db.pool);
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static BudgetDatabase connect(Path normalized) {
        return connect(normalized, "");
    }

    /** H2's read-only access: the file is opened for reading and never written. */
    private static final String READ_ONLY = ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";

    private static BudgetDatabase connect(Path normalized, String access) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(normalized) + access, "sa", "");
        try {
            return new BudgetDatabase(normalized, pool, pool.getConnection());
        } catch (SQLException e) {
            pool.dispose();
            throw translate(normalized, e);
        }
    }

    private static void createDirectories(Path target) {
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw new BudgetFileException(TEXTS.get("file.noFolder", target.getParent()), e);
        }
    }

    private static String url(Path normalized) {
        return "jdbc:h2:file:" + baseName(normalized) + SETTINGS;
    }

    /** The file as the user named it, always ending in {@value #FILE_SUFFIX}. */
    public static Path normalize(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(FILE_SUFFIX) ? file : file.resolveSibling(name + FILE_SUFFIX);
    }

    public static boolean exists(Path file) {
        return Files.exists(normalize(file));
    }

    private static String baseName(Path normalized) {
        String absolute = normalized.toAbsolutePath().toString();
        return absolute.substring(0, absolute.length() - FILE_SUFFIX.length());
    }

    private static void migrate(JdbcConnectionPool pool) {
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new BudgetFileException(TEXTS.get("file.schemaUpgradeFailed", e.getMessage()), e);
        }
    }

    static BudgetFileException translate(Path file, SQLException e) {
        int code = e.getErrorCode();
        if (code == ErrorCode.DATABASE_ALREADY_OPEN_1 || code == ErrorCode.LOCK_TIMEOUT_1) {
            return new BudgetFileException(TEXTS.get("file.inUse", file), e);
        }
        if (code == ErrorCode.FILE_CORRUPTED_1 || code == ErrorCode.FILE_VERSION_ERROR_1
                || code == ErrorCode.WRONG_USER_OR_PASSWORD || code == ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1
                || isTruncated(e)) {
            return BudgetFileProbe.notABudget(file, e);
        }
        return new BudgetFileException(TEXTS.get("file.cannotOpen", file, e.getMessage()), e);
    }

    /** H2 reads a short non-database file to its end and reports an I/O error caused by EOF. */
    private static boolean isTruncated(SQLException e) {
        if (e.getErrorCode() != ErrorCode.IO_EXCEPTION_1 && e.getErrorCode() != ErrorCode.IO_EXCEPTION_2) {
            return false;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.io.EOFException) {
                return true;
            }
        }
        return false;
    }
    /**
     * Writes a consistent copy of the open budget file to {@code target} (a {@code .mv.db} file that
     * opens like any budget): H2's online backup, taken while edits may go on.
     */
    public void backupTo(Path target) throws java.io.IOException {
        Path normalized = normalize(target).toAbsolutePath();
        if (normalized.equals(file.toAbsolutePath())) {
            throw new java.io.IOException(TEXTS.get("backup.ontoItself"));
        }
        Path zip = Files.createTempFile("yusuan-backup", ".zip");
        try {
            dsl.execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");
            try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
                for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    if (entry.getName().endsWith(FILE_SUFFIX)) {
                        Files.createDirectories(normalized.getParent());
                        // Whole or not at all, as every budget file: an interrupted copy must not
                        // leave half a backup under the name the user will restore from.
                        Path partial = FileReplacement.siblingFor(normalized, "copying");
                        try {
                            Files.copy(in, partial);
                            FileReplacement.moveIntoPlace(partial, normalized, true);
                        } finally {
                            FileReplacement.deleteQuietly(partial);
                        }
                        return;
                    }
                }
            }
            throw new java.io.IOException(TEXTS.get("backup.noDatabase"));
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    public Path file() {
        return file;
    }

    /** jOOQ access for the store classes of this package. */
    DSLContext dsl() {
        return dsl;
    }

    public BudgetStore budgets() {
        return new BudgetStore(dsl);
    }

    public BudgetEdits edits() {
        return new BudgetEdits(dsl);
    }

    public CatalogStore catalog() {
        return new CatalogStore(dsl);
    }

    /** The file's wording (文本与标题, V6). */
    public WordingStore wording() {
        return new WordingStore(dsl);
    }

    /**
     * Closes a file that is not yet in its place (a new or upgraded copy) with H2's full compaction:
     * the file that is then moved into place is as small as it can be. Never used on a file in
     * place, whose close must not move data after the last commit (see SETTINGS).
     */
    private void closeCompacted() {
        try (Statement statement = keeper.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw translate(file, e);
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        closeQuietly(keeper);
        pool.dispose();
        deleteFolder(discardOnClose);
    }

    private static void deleteFolder(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.list(folder)) {
            files.forEach(FileReplacement::deleteQuietly);
        } catch (IOException ignored) {
            // a temporary copy left behind in the system's temporary folder harms nothing
        }
        FileReplacement.deleteQuietly(folder);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a database that is going away anyway; nothing to tell the user
        }
    }
}
