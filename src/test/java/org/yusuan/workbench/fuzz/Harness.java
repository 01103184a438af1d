package org.yusuan.workbench.fuzz;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yusuan.workbench.domain.input.BudgetFileException;
import org.yusuan.workbench.domain.input.ImportProblem;
import org.yusuan.workbench.service.SampleBudget;
import org.yusuan.workbench.store.BudgetDatabase;

/**
 * Runs one input through an import, in this JVM, against a real budget file holding the sample,
 * and classifies the outcome as the command line's exit status would be: 0 imported, 1 refused in
 * Chinese with the file unchanged; anything else is a failure. Each execution runs on a worker
 * thread so that one that hangs is cut off at the time limit (and its budget file abandoned).
 */
final class Harness implements AutoCloseable {

    /** What any refusal reason must not look like: a Java exception's text passed through. */
    private static final Pattern RAW = Pattern.compile("Exception|Error\\b|java\\.|javax\\.|org\\.apache|\\bat [\\w.$]+\\(");
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final Target target;
    private final Path work;
    private final long timeoutMillis;
    private final Path pristine;
    private ExecutorService worker;
    private BudgetDatabase db;
    private Fingerprint baseline;
    private int generation;
    private String stamp;
    private volatile Thread current;
    private long refusals;
    /** Executions whose data fingerprint was taken and compared. */
    long dataChecks;
    static final int DATA_CHECK_EVERY = 10;

    private record Raw(List<ImportProblem> problems, Throwable thrown, long nanos, long allocated) {
    }

    Harness(Target target, Path work, long timeoutMillis) {
        this.target = target;
        this.work = work;
        this.timeoutMillis = timeoutMillis;
        this.pristine = work.resolve("pristine.mv.db");
        try {
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (BudgetDatabase sample = BudgetDatabase.open(pristine)) {
            SampleBudget.createIn(sample);
        }
        fresh();
    }

    /** A new worker and a new copy of the sample file: at start and after a timeout or a broken file. */
    private void fresh() {
        if (worker != null) {
            worker.shutdownNow();
        }
        if (db != null) {
            try {
                db.close();
            } catch (RuntimeException ignored) {
                // A file abandoned with a hung worker: the next generation uses a new copy.
            }
        }
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-worker-" + generation);
            t.setDaemon(true);
            return t;
        });
        try {
            Path dir = Files.createDirectories(work.resolve("db-" + generation++));
            Path file = dir.resolve("budget.mv.db");
            Files.copy(pristine, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            db = BudgetDatabase.open(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        baseline = Fingerprint.data(db);
        stamp = stamp();
    }

    /** Size and modification time of the budget file: any write the import made moves one of them. */
    private String stamp() {
        try {
            return Files.size(db.file()) + "@" + Files.getLastModifiedTime(db.file()).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One execution against the open budget file. */
    Outcome run(FuzzInput input) {
        Path in;
        try {
            in = input.materialise(clean(work.resolve("in")), "fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BudgetDatabase current = db;
        Raw raw = execute(() -> target.run(current, in));
        if (raw == null) {
            fresh();
            return Outcome.failure(-1, "timeout > " + timeoutMillis / 1000 + " s", "", timeoutMillis, -1);
        }
        long millis = raw.nanos / 1_000_000;
        boolean stored = raw.problems != null && raw.problems.isEmpty();
        // The data fingerprint costs about as much as the import's checks, so a refusal takes it only
        // when the file's size or time changed, or one time in DATA_CHECK_EVERY; a crash always.
        boolean check = stored || raw.thrown != null || !stamp().equals(stamp) || ++refusals % DATA_CHECK_EVERY == 0;
        Fingerprint after = baseline;
        if (check) {
            try {
                // After a stored import, what `info` and `tables` print is derived too: a budget
                // they cannot print is a crash of the import's result.
                after = stored ? Fingerprint.full(db) : Fingerprint.data(db);
                dataChecks++;
            } catch (Throwable t) {
                Outcome broken = Outcome.failure(4, (stored ? "info/tables fail on the imported budget: "
                        : "budget file unreadable after the import: ") + Outcome.signatureOf(4, t), trace(t), millis,
                        raw.allocated);
                fresh();
                return broken;
            }
        }
        stamp = stamp();
        if (stored) {
            baseline = after;
            return new Outcome(Outcome.Verdict.OK, 0, "", "", millis, raw.allocated);
        }
        String changed = baseline.sameData(after) ? null : baseline.difference(after);
        if (raw.thrown != null) {
            int status = raw.thrown instanceof IOException || raw.thrown instanceof BudgetFileException ? 3 : 4;
            String signature = Outcome.signatureOf(status, raw.thrown);
            if (changed != null) {
                baseline = after;
                signature = "file changed, " + signature;
            }
            return Outcome.failure(status, signature, (changed == null ? "" : changed + "\n") + trace(raw.thrown),
                    millis, raw.allocated);
        }
        List<String> messages = raw.problems.stream().map(ImportProblem::message).toList();
        if (changed != null) {
            baseline = after;
            return Outcome.failure(1, "file changed after refusal", changed + "\n" + String.join("\n", messages),
                    millis, raw.allocated);
        }
        for (ImportProblem p : raw.problems) {
            if (!chinese(p.reason())) {
                return Outcome.failure(1, "refusal not in Chinese: " + Outcome.refusalSignature(List.of(p.reason())),
                        p.message(), millis, raw.allocated);
            }
        }
        return new Outcome(Outcome.Verdict.REFUSED, 1, Outcome.refusalSignature(messages), String.join("\n", messages),
                millis, raw.allocated);
    }

    /** The import into a new budget file: refused or crashed, it must leave no file behind. */
    Outcome runIntoNewFile(FuzzInput input) {
        Path dir;
        Path in;
        try {
            dir = clean(work.resolve("new"));
            in = input.materialise(clean(work.resolve("in")), "fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path file = dir.resolve("budget.mv.db");
        Raw raw = execute(() -> Target.intoNewFile(file, in));
        if (raw == null) {
            fresh();
            return Outcome.failure(-1, "timeout > " + timeoutMillis / 1000 + " s (new file)", "", timeoutMillis, -1);
        }
        long millis = raw.nanos / 1_000_000;
        boolean stored = raw.problems != null && raw.problems.isEmpty();
        List<String> left = list(dir);
        if (!stored && !left.isEmpty()) {
            return Outcome.failure(1, "new file left behind after refusal", left.toString(), millis, raw.allocated);
        }
        if (raw.thrown != null) {
            int status = raw.thrown instanceof IOException || raw.thrown instanceof BudgetFileException ? 3 : 4;
            return Outcome.failure(status, Outcome.signatureOf(status, raw.thrown) + " (new file)", trace(raw.thrown),
                    millis, raw.allocated);
        }
        if (stored) {
            return new Outcome(Outcome.Verdict.OK, 0, "", "", millis, raw.allocated);
        }
        for (ImportProblem p : raw.problems) {
            if (!chinese(p.reason())) {
                return Outcome.failure(1, "refusal not in Chinese: " + Outcome.refusalSignature(List.of(p.reason())),
                        p.message(), millis, raw.allocated);
            }
        }
        List<String> messages = raw.problems.stream().map(ImportProblem::message).toList();
        return new Outcome(Outcome.Verdict.REFUSED, 1, Outcome.refusalSignature(messages), String.join("\n", messages),
                millis, raw.allocated);
    }

    /**
     * Closes the budget file, opens it again from disk and compares what {@code info} and
     * {@code tables} would print: the per-execution check reads through the open session only.
     *
     * @return empty when the file on disk is what the session last saw, else the difference
     */
    String fullCheck() {
        Fingerprint seen;
        try {
            seen = Fingerprint.full(db);
        } catch (RuntimeException e) {
            // The imported budget cannot be summarised or tabled: `info` or `tables` would crash on it.
            fresh();
            return "info/tables fail on the imported budget: " + Outcome.signatureOf(4, e) + "\n" + trace(e);
        }
        Path file = db.file();
        db.close();
        db = BudgetDatabase.open(file);
        Fingerprint reopened = Fingerprint.full(db);
        String difference = seen.sameData(baseline) ? seen.difference(reopened) : "session: " + baseline.difference(seen);
        baseline = reopened;
        stamp = stamp();
        return difference;
    }

    private interface Call {
        List<ImportProblem> run() throws Exception;
    }

    /** @return null on timeout */
    private Raw execute(Call call) {
        Future<Raw> future = worker.submit(() -> {
            current = Thread.currentThread();
            long allocated = THREADS.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            try {
                List<ImportProblem> problems = call.run();
                return new Raw(problems, null, System.nanoTime() - start, THREADS.getCurrentThreadAllocatedBytes() - allocated);
            } catch (Throwable t) {
                // OutOfMemoryError and StackOverflowError too: each is a would-be exit 4.
                return new Raw(null, t, System.nanoTime() - start, THREADS.getCurrentThreadAllocatedBytes() - allocated);
            }
        });
        try {
            return future.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            stopRunaway();
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * A runaway import ignores the interrupt and would go on taking a core and heap for the rest of
     * the run. Thread.stop is deprecated (and gone after Java 19), but on Java 17 it is the one way
     * to end it in-process; the budget file it held is abandoned by {@link #fresh()}.
     */
    @SuppressWarnings({"deprecation", "removal"})
    private void stopRunaway() {
        Thread t = current;
        if (t == null) {
            return;
        }
        try {
            t.join(2000);
            if (t.isAlive()) {
                t.stop();
            }
        } catch (InterruptedException | UnsupportedOperationException e) {
            // Left running: the report's later rates will show it.
        }
    }

    /** A reason in Chinese: Han characters outside the quoted values, and no exception text. */
    static boolean chinese(String reason) {
        String own = reason.replaceAll("「[^」]*」", "");
        return own.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && !RAW.matcher(own).find();
    }

    static String trace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        String s = out.toString();
        return s.length() > 6000 ? s.substring(0, 6000) + "\n…" : s;
    }

    private static Path clean(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(dir);
    }

    private static List<String> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
        db.close();
    }
}
