package org.yusuan.workbench.service.bureau;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.workbench.calc.DisclosureTables;
import org.yusuan.workbench.calc.SampleFixture;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.service.SigningKeys;
import org.yusuan.workbench.testsupport.Departments;
import org.yusuan.workbench.testsupport.PostgresServer;

/**
 * kill -9 in the middle of replacing a department's data leaves the old data whole. The moment is
 * made certain, not guessed: the test holds a lock on the submission table, so the importing process
 * stops inside its transaction — after storing the new file's rows, before switching the department
 * to them — and is killed once PostgreSQL shows it waiting there.
 */
class BureauKillTest {

    @TempDir
    Path folder;

    @Test
    void aKilledReplacementLeavesTheOldDataWhole() throws Exception {
        var keys = new SigningKeys(folder.resolve("keys"));
        Path old = Departments.exportPackage(SampleFixture.budget(), folder.resolve("old.yspkg"), keys,
                Instant.parse("2026-11-20T08:00:00Z"));
        var s = SampleFixture.budget();
        var lines = new java.util.ArrayList<>(s.basicLines());
        lines.set(0, lines.get(0).withAmount(lines.get(0).amount().plus(Yuan.parse("100.00"))));
        Path newer = Departments.exportPackage(s.withBasicLines(lines), folder.resolve("newer.yspkg"), keys,
                Instant.parse("2026-11-25T08:00:00Z"));
        String store = PostgresServer.newDatabase();
        try (Bureau bureau = Bureau.init(store, Clock.systemUTC())) {
            bureau.trust(s.department().code(), keys.fingerprint().orElseThrow());
            assertThat(bureau.receive(List.of(old)).get(0).stored()).isTrue();
        }
        long filesBefore = count(store, "received_file");

        try (Connection lock = DriverManager.getConnection(store)) {
            lock.setAutoCommit(false);
            try (Statement st = lock.createStatement()) {
                st.execute("LOCK TABLE submission IN EXCLUSIVE MODE");
            }
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                    "org.yusuan.workbench.cli.YusuanCommand", "bureau", "import", "--store", store, newer.toString())
                    .redirectErrorStream(true).redirectOutput(folder.resolve("child.log").toFile()).start();
            try {
                waitUntil(Duration.ofMinutes(3), () -> waitingOnLock(store) > 0 || !child.isAlive());
                assertThat(child.isAlive()).as("the import is waiting inside its transaction").isTrue();
            } finally {
                child.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback by the client
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            lock.rollback();
        }
        // The server notices the dead client and ends its transaction, uncommitted.
        waitUntil(Duration.ofMinutes(1), () -> otherBackends(store) == 0);

        assertThat(count(store, "received_file")).isEqualTo(filesBefore);
        try (Bureau bureau = Bureau.open(store, Clock.systemUTC())) {
            assertThat(bureau.consolidate(2023, "一上", List.of()).tables())
                    .isEqualTo(DisclosureTables.derive(SampleFixture.budget(), SampleFixture.CHART));
            assertThat(bureau.receive(List.of(newer)).get(0).kind()).as("the store is usable after the kill")
                    .isEqualTo(ImportOutcome.Kind.REPLACED);
        }
    }

    /** On a connection of its own: within one transaction PostgreSQL shows the same statistics snapshot. */
    private static long waitingOnLock(String store) throws Exception {
        try (Connection c = DriverManager.getConnection(store); Statement st = c.createStatement();
             ResultSet r = st.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                     + " AND datname = current_database()")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long otherBackends(String store) throws Exception {
        try (Connection c = DriverManager.getConnection(store); Statement st = c.createStatement();
             ResultSet r = st.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                     + " AND pid <> pg_backend_pid()")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long count(String store, String table) throws Exception {
        try (Connection c = DriverManager.getConnection(store); Statement st = c.createStatement();
             ResultSet r = st.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    interface Condition {
        boolean holds() throws Exception;
    }

    /** Polls a condition until it holds or the time is up; generous limits, the machine may be busy. */
    private static void waitUntil(Duration limit, Condition condition) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.holds()) {
            assertThat(System.nanoTime()).as("condition within %s", limit).isLessThan(end);
            Thread.onSpinWait();
            Thread.sleep(50);
        }
    }
}
