package org.yusuan.workbench.service.bureau;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.yusuan.workbench.domain.bureau.ReceivedFinding;
import org.yusuan.workbench.domain.bureau.RegisterEntry;
import org.yusuan.workbench.exchange.submission.Signatures;
import org.yusuan.workbench.service.ProgramVersion;
import org.yusuan.workbench.service.TablesWorkbookExport;
import org.yusuan.workbench.store.bureau.BureauDatabase;
import org.yusuan.workbench.store.bureau.BureauRegister;
import org.yusuan.workbench.store.bureau.Received;
import org.yusuan.workbench.text.Texts;

/**
 * An open consolidation store (汇总库) of a finance bureau, for both front ends: register the signers of
 * its departments, receive their packages, see who has submitted, consolidate the 13 tables. The store
 * is a file path (embedded H2) or a {@code jdbc:postgresql://} URL; everything here works the same on
 * both.
 */
public final class Bureau implements AutoCloseable {

    private static final Texts TEXTS = Texts.of("org.yusuan.workbench.service");

    /**
     * Who has submitted for a round and who has not.
     *
     * @param submitted the current package of each department that has sent one, by code
     * @param missing   codes of the departments with a registered signer and nothing received for the round
     */
    public record Status(int year, String stage, List<RegisterEntry> submitted, List<String> missing) {
    }

    private final BureauDatabase db;
    private final BureauRegister register;
    private final Clock clock;

    private Bureau(BureauDatabase db, Clock clock) {
        this.db = db;
        this.register = new BureauRegister(db);
        this.clock = clock;
    }

    /** Creates the store at {@code location}, or opens it if it exists (bringing its schema up to date). */
    public static Bureau init(String location, Clock clock) {
        return new Bureau(BureauDatabase.init(location, ProgramVersion.current().orElse(""), clock.instant()), clock);
    }

    /** @throws org.yusuan.workbench.domain.input.StoreException when there is no store there, or it cannot be opened */
    public static Bureau open(String location, Clock clock) {
        return new Bureau(BureauDatabase.open(location), clock);
    }

    public String location() {
        return db.location();
    }

    /**
     * Registers {@code fingerprint} (as printed on the department's 报送函) as the one signer whose packages
     * this store accepts for the department; a later registration replaces it.
     *
     * @return the fingerprint as stored, or empty when the text is not a fingerprint
     */
    public Optional<String> trust(String depCode, String fingerprint) {
        Optional<String> canonical = Signatures.canonicalFingerprint(fingerprint);
        canonical.ifPresent(f -> register.trust(depCode.strip(), f, clock.instant()));
        return canonical;
    }

    /**
     * Registers every department of a list of signers ({@link SignerList}), all or none.
     *
     * @return the number registered, or the sentence that refuses the list
     */
    public SignerList trustList(Path csv) throws IOException {
        SignerList list = SignerList.read(csv);
        if (list.refusal() == null) {
            register.trustAll(list.signers(), clock.instant());
        }
        return list;
    }

    public Map<String, String> trustedSigners() {
        return register.trustedSigners();
    }

    /**
     * Receives each file on its own: one refused file does not stop the others. Files are verified,
     * audited and derived on every core at once, a few ahead of the store, which takes them one by one
     * in the order given (so of two packages of one department, the later one given is the one kept).
     */
    public List<ImportOutcome> receive(Collection<Path> files) throws IOException {
        PackageIntake intake = new PackageIntake(register, clock);
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), files.size()));
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "yusuan-bureau-intake");
            t.setDaemon(true);
            return t;
        });
        try {
            // At most twice as many prepared files as workers wait for the store: memory stays bounded.
            Deque<Future<PackageIntake.Prepared>> ahead = new ArrayDeque<>();
            var pending = files.iterator();
            List<ImportOutcome> outcomes = new ArrayList<>();
            while (pending.hasNext() || !ahead.isEmpty()) {
                while (pending.hasNext() && ahead.size() < 2 * threads) {
                    Path file = pending.next();
                    ahead.add(workers.submit(() -> PackageIntake.prepare(file)));
                }
                outcomes.add(intake.commit(await(ahead.removeFirst())));
            }
            return outcomes;
        } finally {
            workers.shutdownNow();
        }
    }

    private static PackageIntake.Prepared await(Future<PackageIntake.Prepared> prepared) throws IOException {
        try {
            return prepared.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException(e.getMessage());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The rounds (year, stage) the store holds, newest year first. */
    public List<Map.Entry<Integer, String>> rounds() {
        return register.rounds();
    }

    /** The round a command means when it names none: the newest year, and its first stage. */
    public Optional<Map.Entry<Integer, String>> latestRound() {
        return rounds().stream().findFirst();
    }

    public Status status(int year, String stage) {
        List<RegisterEntry> submitted = register.submissions(year, stage);
        List<String> missing = register.trustedSigners().keySet().stream()
                .filter(code -> submitted.stream().noneMatch(e -> e.depCode().equals(code))).toList();
        return new Status(year, stage, submitted, missing);
    }

    /** Every accepted file, oldest first, with its status. */
    public List<RegisterEntry> register() {
        return register.register();
    }

    public List<ReceivedFinding> findings(long fileId) {
        return register.findings(fileId);
    }

    /** The 13 tables over the chosen departments (all when {@code depCodes} is empty) for a round. */
    public Consolidation consolidate(int year, String stage, Collection<String> depCodes) {
        return Consolidation.of(year, stage, register.departments(year, stage, depCodes));
    }

    /** The consolidated tables as a workbook, one sheet per table, as a unit's tables are exported. */
    public static void writeWorkbook(Consolidation consolidation, Path target) throws IOException {
        TablesWorkbookExport.write(consolidation.tables(), target);
    }

    /** The name a front end shows for a consolidation over {@code count} departments. */
    public static String consolidatedName(int count) {
        return TEXTS.get("bureau.consolidatedName", count);
    }

    @Override
    public void close() {
        db.close();
    }
}
