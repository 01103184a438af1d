package org.yusuan.workbench.store;

import static org.yusuan.workbench.store.StoreTexts.TEXTS;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.yusuan.workbench.domain.input.BudgetFileException;

/**
 * Looks at an existing file before it is opened for writing, and says whether it is a budget file of
 * this program and at which schema version. The look is read-only: a file that is refused (another
 * program's database, a newer schema, a damaged header) is left exactly as it was, byte for byte.
 */
final class BudgetFileProbe {

    /** What the probe found in a file this program may open. */
    record Found(int schemaVersion) {
    }

    /** Every H2 file starts with its store header, a line of text that begins with this. */
    private static final byte[] H2_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);

    private BudgetFileProbe() {
    }

    /**
     * @param knownVersions the schema versions of the scripts this program ships, oldest first
     * @throws BudgetFileException when the file is not a budget file of this program, is damaged, is
     *                             in use, or comes from a newer program
     */
    static Found probe(Path file, String url, List<String> knownVersions) {
        checkHeader(file);
        List<String> versions = new ArrayList<>();
        boolean marked;
        boolean failedMigration;
        try (Connection c = DriverManager.getConnection(url + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE", "sa", "");
             Statement statement = c.createStatement()) {
            marked = hasTable(statement, BudgetDatabase.APPLICATION_TABLE)
                    && applicationIdIn(statement);
            if (!hasTable(statement, "flyway_schema_history")) {
                throw notABudget(file, null);
            }
            failedMigration = false;
            var history = statement.executeQuery("SELECT \"version\", \"script\", \"success\" FROM \"flyway_schema_history\" "
                    + "WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"");
            boolean firstScriptIsOurs = false;
            while (history.next()) {
                if (versions.isEmpty()) {
                    firstScriptIsOurs = BudgetDatabase.FIRST_SCRIPT.equals(history.getString(2));
                }
                versions.add(history.getString(1));
                failedMigration |= !history.getBoolean(3);
            }
            // Files of the releases before the application mark are recognised by their first script.
            if (!marked && !firstScriptIsOurs) {
                throw notABudget(file, null);
            }
        } catch (SQLException e) {
            throw BudgetDatabase.translate(file, e);
        }
        for (String version : versions) {
            if (!knownVersions.contains(version)) {
                throw new BudgetFileException(TEXTS.get("file.newerVersion", file, version), null);
            }
        }
        if (failedMigration || versions.isEmpty()) {
            throw new BudgetFileException(TEXTS.get("file.migrationIncomplete", file), null);
        }
        return new Found(Integer.parseInt(versions.get(versions.size() - 1)));
    }

    /** A zero-byte file, a file of another kind, or one whose first block was overwritten. */
    private static void checkHeader(Path file) {
        byte[] start = new byte[H2_HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(start, 0, start.length);
        } catch (IOException e) {
            throw new BudgetFileException(TEXTS.get("file.unreadable", file, e.getMessage()), e);
        }
        if (read == 0) {
            throw new BudgetFileException(TEXTS.get("file.empty", file), null);
        }
        if (read < start.length || !java.util.Arrays.equals(start, H2_HEADER)) {
            throw notABudget(file, null);
        }
    }

    private static boolean hasTable(Statement statement, String table) throws SQLException {
        var rows = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = '" + table + "'");
        rows.next();
        return rows.getInt(1) == 1;
    }

    private static boolean applicationIdIn(Statement statement) throws SQLException {
        var rows = statement.executeQuery("SELECT application FROM " + BudgetDatabase.APPLICATION_TABLE);
        return rows.next() && BudgetDatabase.APPLICATION_ID.equals(rows.getString(1));
    }

    static BudgetFileException notABudget(Path file, Throwable cause) {
        return new BudgetFileException(TEXTS.get("file.notABudget", file), cause);
    }
}
