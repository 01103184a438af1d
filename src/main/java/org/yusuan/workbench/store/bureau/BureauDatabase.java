package org.yusuan.workbench.store.bureau;

import static org.yusuan.workbench.store.bureau.BureauTexts.TEXTS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.yusuan.workbench.domain.input.StoreException;
import org.yusuan.workbench.store.bureau.jooq.Tables;

/**
 * A finance bureau's consolidation store (汇总库), opened from its location: a file path (an embedded
 * H2 database, nothing to install) or a {@code jdbc:postgresql://} URL (a server the bureau's staff
 * share). Both run the same Flyway scripts ({@code db/bureau}) and the same jOOQ queries; only the
 * dialect differs. One connection serves the whole session: the commands are short and single-threaded.
 */
public final class BureauDatabase implements AutoCloseable {

    static final String POSTGRES_PREFIX = "jdbc:postgresql:";
    private static final String H2_SUFFIX = ".mv.db";
    /** As for budget files (BudgetDatabase): a commit is on disk when it returns; no compaction on close. */
    private static final String H2_SETTINGS = ";WRITE_DELAY=0;MAX_COMPACT_TIME=0;DB_CLOSE_ON_EXIT=FALSE";

    private final String location;
    private final Connection connection;
    private final DSLContext dsl;

    private BureauDatabase(String location, Connection connection, SQLDialect dialect) {
        this.location = location;
        this.connection = connection;
        // Generated names are H2's upper case; unquoted, each database folds them to its own case.
        this.dsl = DSL.using(connection, dialect, new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER));
    }

    /** Creates the store (or brings an existing one up to date) and records what it is. */
    public static BureauDatabase init(String location, String programVersion, Instant now) {
        BureauDatabase db = connect(location, true);
        try {
            db.migrate();
            if (db.dsl.fetchCount(Tables.STORE_INFO) == 0) {
                db.dsl.insertInto(Tables.STORE_INFO)
                        .set(Tables.STORE_INFO.STORE_ID, UUID.randomUUID().toString())
                        .set(Tables.STORE_INFO.CREATED_AT, now.atOffset(ZoneOffset.UTC))
                        .set(Tables.STORE_INFO.PROGRAM_VERSION, programVersion)
                        .execute();
            }
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Opens a store made by {@link #init}, upgrading its schema if this program is newer.
     *
     * @throws StoreException when there is no store at the location, or it cannot be opened
     */
    public static BureauDatabase open(String location) {
        BureauDatabase db = connect(location, false);
        try {
            // A database that is not a store (a PostgreSQL database of something else) is left untouched.
            if (!db.isStore()) {
                throw new StoreException(TEXTS.get("bureau.notInitialised", location), null);
            }
            db.migrate();
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Whether {@link #init} made this database a store: its first table holds the store's row. */
    private boolean isStore() {
        try {
            return dsl.fetchCount(Tables.STORE_INFO) > 0;
        } catch (org.jooq.exception.DataAccessException e) {
            return false;
        }
    }

    public DSLContext dsl() {
        return dsl;
    }

    public String location() {
        return location;
    }

    public boolean isPostgres() {
        return dsl.dialect().family() == SQLDialect.POSTGRES;
    }

    private static BureauDatabase connect(String location, boolean create) {
        try {
            if (location.startsWith(POSTGRES_PREFIX)) {
                Connection c = DriverManager.getConnection(location);
                return new BureauDatabase(location, c, SQLDialect.POSTGRES);
            }
            Path file = h2File(location);
            if (!create && !Files.exists(file)) {
                throw new StoreException(TEXTS.get("bureau.notFound", file), null);
            }
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            String base = file.toAbsolutePath().toString();
            base = base.substring(0, base.length() - H2_SUFFIX.length());
            String ifExists = create ? "" : ";IFEXISTS=TRUE";
            return new BureauDatabase(location,
                    DriverManager.getConnection("jdbc:h2:file:" + base + H2_SETTINGS + ifExists, "sa", ""),
                    SQLDialect.H2);
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new StoreException(TEXTS.get("bureau.inUse", location), e);
            }
            throw new StoreException(TEXTS.get("bureau.cannotOpen", location, e.getMessage()), e);
        } catch (java.io.IOException e) {
            throw new StoreException(TEXTS.get("bureau.cannotOpen", location, e.getMessage()), e);
        }
    }

    /** The store's file as the user named it, always ending in {@value #H2_SUFFIX}. */
    static Path h2File(String location) {
        Path file = Path.of(location);
        String name = file.getFileName().toString();
        return name.endsWith(H2_SUFFIX) ? file : file.resolveSibling(name + H2_SUFFIX);
    }

    private void migrate() {
        try {
            // Flyway takes a DataSource; this one hands out the session's connection and never closes it.
            Flyway.configure()
                    .dataSource(new SingleConnectionSource(connection))
                    .locations("classpath:db/bureau")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException(TEXTS.get("bureau.schemaFailed", location, e.getMessage()), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // Closing after a failure: the failure is what the user needs to see, not this.
        }
    }
}
