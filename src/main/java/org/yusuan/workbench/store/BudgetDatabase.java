package org.yusuan.workbench.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

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
    static final int SCHEMA_VERSION = 3;

    /** H2 appends this to the database name; users may name the file with or without it. */
    public static final String FILE_SUFFIX = ".mv.db";

    private final Path file;
    private final JdbcConnectionPool pool;
    /** Held open for the whole session: keeps the database (and its file lock) alive. */
    private final Connection keeper;
    private final DSLContext dsl;

    private BudgetDatabase(Path file, JdbcConnectionPool pool, Connection keeper) {
        this.file = file;
        this.pool = pool;
        this.keeper = keeper;
        this.dsl = DSL.using(pool, SQLDialect.H2);
    }

    /**
     * Opens the budget file, creating it if it does not exist, and brings its schema up to date.
     *
     * @throws BudgetFileException when the file is in use, damaged or from a newer program
     */
    public static BudgetDatabase open(Path file) {
        Path normalized = normalize(file);
        try {
            Files.createDirectories(normalized.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new BudgetFileException("无法创建预算文件所在的文件夹：" + normalized.getParent(), e);
        }
        // WRITE_DELAY=0: a committed edit is on disk before the call returns, so a crash loses nothing.
        String url = "jdbc:h2:file:" + baseName(normalized) + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        Connection keeper;
        try {
            keeper = pool.getConnection();
        } catch (SQLException e) {
            pool.dispose();
            throw translate(normalized, e);
        }
        try {
            migrate(pool);
        } catch (RuntimeException e) {
            closeQuietly(keeper);
            pool.dispose();
            throw e;
        }
        return new BudgetDatabase(normalized, pool, keeper);
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
        Integer version = storedVersion(pool);
        if (version != null && version == SCHEMA_VERSION) {
            return;
        }
        if (version != null && version > SCHEMA_VERSION) {
            throw new BudgetFileException("此预算文件由较新版本的预算编制工作台创建，请升级程序后再打开。", null);
        }
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            String reason = e.getMessage() != null && e.getMessage().contains("not resolved locally")
                    ? "此预算文件由较新版本的预算编制工作台创建，请升级程序后再打开。"
                    : "预算文件的结构无法升级：" + e.getMessage();
            throw new BudgetFileException(reason, e);
        }
    }

    /** The file's schema version if every migration it records succeeded; null for a new or odd file. */
    private static Integer storedVersion(JdbcConnectionPool pool) {
        try (Connection c = pool.getConnection(); var statement = c.createStatement()) {
            var tables = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'flyway_schema_history'");
            tables.next();
            if (tables.getInt(1) == 0) {
                return null;
            }
            var history = statement.executeQuery("SELECT MAX(CAST(\"version\" AS INT)), MIN(CAST(\"success\" AS INT)) "
                    + "FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL");
            history.next();
            return history.getInt(2) == 1 ? history.getInt(1) : null;
        } catch (SQLException | NumberFormatException e) {
            return null; // let Flyway look at it and say what is wrong
        }
    }

    private static BudgetFileException translate(Path file, SQLException e) {
        int code = e.getErrorCode();
        if (code == ErrorCode.DATABASE_ALREADY_OPEN_1 || code == ErrorCode.LOCK_TIMEOUT_1) {
            return new BudgetFileException("预算文件「" + file + "」正在被另一个预算编制工作台（或命令行）使用。"
                    + "请先关闭那个程序，再打开此文件。", e);
        }
        if (code == ErrorCode.FILE_CORRUPTED_1 || code == ErrorCode.FILE_VERSION_ERROR_1
                || code == ErrorCode.WRONG_USER_OR_PASSWORD || isTruncated(e)) {
            return new BudgetFileException("「" + file + "」不是预算编制工作台的预算文件，或文件已损坏。", e);
        }
        return new BudgetFileException("无法打开预算文件「" + file + "」：" + e.getMessage(), e);
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
            throw new java.io.IOException("副本不能覆盖正在使用的预算文件本身");
        }
        Path zip = Files.createTempFile("yusuan-backup", ".zip");
        try {
            dsl.execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");
            try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
                for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    if (entry.getName().endsWith(FILE_SUFFIX)) {
                        Files.createDirectories(normalized.getParent());
                        Files.copy(in, normalized, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                        return;
                    }
                }
            }
            throw new java.io.IOException("H2 的备份中没有数据库文件");
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

    @Override
    public void close() {
        closeQuietly(keeper);
        pool.dispose();
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a database that is going away anyway; nothing to tell the user
        }
    }
}
