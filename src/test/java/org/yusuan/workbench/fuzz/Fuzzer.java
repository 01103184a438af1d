package org.yusuan.workbench.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The mutation loop: take an input from the corpus, mutate it, run it, count the outcome, keep the
 * first input of every failure signature, and minimise those at the end. A refusal of a kind not
 * seen before joins the corpus: a cheap stand-in for coverage feedback that steers mutations past
 * the first check that fires.
 */
final class Fuzzer {

    /** One import into a new file in this many: it is slower (a file created) and a separate path. */
    static final int NEW_FILE_EVERY = 200;
    /** The budget file is reopened from disk and compared in full every this many executions. */
    static final int FULL_CHECK_EVERY = 200;
    private static final int CORPUS_LIMIT = 400;
    /**
     * Larger inputs are run but do not join the corpus: 400 inputs holding megabyte strings filled
     * the 1 GB heap in the first long run, and the harness then spent its time in garbage collection.
     */
    private static final int CORPUS_INPUT_LIMIT = 256 << 10;

    record Finding(String signature, FuzzInput first, Outcome outcome, int count) {
    }

    record Report(Target target, long seed, long executions, long millis, Map<Outcome.Verdict, Long> verdicts,
                  long newFileExecutions, long dataChecks, long fullChecks, long slowestMillis, long mostAllocated,
                  Map<String, Finding> findings, int corpusSize) {

        double perMinute() {
            return millis == 0 ? 0 : executions * 60_000.0 / millis;
        }
    }

    private final Target target;
    private final Path out;
    private final long seed;
    private final long timeoutMillis;

    Fuzzer(Target target, Path out, long seed, long timeoutMillis) {
        this.target = target;
        this.out = out;
        this.seed = seed;
        this.timeoutMillis = timeoutMillis;
    }

    Report run(long maxExecutions, long maxMillis, Consumer<Report> progress) {
        Random random = new Random(seed);
        List<FuzzInput> seeds = Seeds.of(target, out.resolve("seeds"));
        List<FuzzInput> corpus = new ArrayList<>(seeds);
        Set<String> refusalsSeen = new HashSet<>();
        Map<String, Finding> findings = new LinkedHashMap<>();
        Map<Outcome.Verdict, Long> verdicts = new EnumMap<>(Outcome.Verdict.class);
        long executions = 0;
        long newFile = 0;
        long fullChecks = 0;
        long slowest = 0;
        long allocated = 0;
        long start = System.currentTimeMillis();
        long lastProgress = start;
        try (Harness harness = new Harness(target, out.resolve("work"), timeoutMillis)) {
            for (FuzzInput s : seeds) {
                // The seeds must import, or every mutation of them tests only the first refusal.
                Outcome o = harness.run(s);
                if (o.verdict() != Outcome.Verdict.OK) {
                    System.err.println("seed " + s.origin() + ": " + o.verdict() + " " + o.detail().lines().findFirst().orElse(""));
                }
            }
            while (executions < maxExecutions && System.currentTimeMillis() - start < maxMillis) {
                FuzzInput parent = random.nextInt(10) < 3 ? seeds.get(random.nextInt(seeds.size()))
                        : corpus.get(random.nextInt(corpus.size()));
                FuzzInput input = Mutator.mutate(parent, corpus, random);
                boolean intoNew = target == Target.WORKBOOK && executions % NEW_FILE_EVERY == NEW_FILE_EVERY - 1;
                Outcome outcome = intoNew ? harness.runIntoNewFile(input) : harness.run(input);
                executions++;
                newFile += intoNew ? 1 : 0;
                verdicts.merge(outcome.verdict(), 1L, Long::sum);
                slowest = Math.max(slowest, outcome.millis());
                allocated = Math.max(allocated, outcome.allocatedBytes());
                if (outcome.failed()) {
                    findings.merge(outcome.signature(), new Finding(outcome.signature(), input, outcome, 1),
                            (a, b) -> new Finding(a.signature, a.first, a.outcome, a.count + 1));
                } else if (outcome.verdict() == Outcome.Verdict.REFUSED && input.bytes().length <= CORPUS_INPUT_LIMIT
                        && refusalsSeen.add(outcome.signature())) {
                    if (corpus.size() < CORPUS_LIMIT) {
                        corpus.add(input);
                    } else {
                        corpus.set(seeds.size() + random.nextInt(CORPUS_LIMIT - seeds.size()), input);
                    }
                }
                if (executions % FULL_CHECK_EVERY == 0) {
                    fullChecks++;
                    String difference = harness.fullCheck();
                    if (!difference.isEmpty()) {
                        Outcome o = Outcome.failure(1, "file on disk differs from the session", difference, 0, 0);
                        findings.merge(o.signature(), new Finding(o.signature(), input, o, 1),
                                (a, b) -> new Finding(a.signature, a.first, a.outcome, a.count + 1));
                    }
                }
                if (progress != null && System.currentTimeMillis() - lastProgress > 30_000) {
                    lastProgress = System.currentTimeMillis();
                    progress.accept(new Report(target, seed, executions, lastProgress - start, verdicts, newFile,
                            harness.dataChecks, fullChecks, slowest, allocated, findings, corpus.size()));
                }
            }
            long elapsed = System.currentTimeMillis() - start;
            return new Report(target, seed, executions, elapsed, verdicts, newFile, harness.dataChecks, fullChecks, slowest, allocated,
                    findings, corpus.size());
        }
    }

    /**
     * Minimises the first input of every finding (not timeouts: each try would take the limit) and
     * writes both to {@code out/findings/NN-…/}.
     */
    void writeFindings(Report report, int minimiseBudget, long minimiseMillis) {
        try (Harness harness = new Harness(target, out.resolve("work-min"), timeoutMillis)) {
            int n = 0;
            for (Finding f : report.findings().values()) {
                Path dir = Files.createDirectories(out.resolve("findings").resolve(String.format("%02d-%s", ++n, slug(f.signature()))));
                f.first().materialise(dir, "original");
                FuzzInput minimised = f.first();
                if (!f.signature().startsWith("timeout") && !f.signature().startsWith("file on disk")) {
                    minimised = new Minimiser(c -> sameFailure(harness, c, f.signature()), minimiseBudget,
                            minimiseMillis).minimise(f.first());
                    // Minimised parts are written stored (uncompressed): when little was cut, the
                    // deflated original is the smaller file.
                    minimised = minimised.bytes().length < f.first().bytes().length ? minimised : f.first();
                    minimised.materialise(dir, "minimised");
                }
                Files.writeString(dir.resolve("finding.txt"), "signature: " + f.signature() + "\nhits: " + f.count()
                        + "\norigin: " + f.first().origin() + "\nbytes: " + f.first().bytes().length + " -> "
                        + minimised.bytes().length + "\n\n" + f.outcome().detail() + "\n", StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean sameFailure(Harness harness, FuzzInput candidate, String signature) {
        boolean newFile = signature.contains("new file");
        Outcome o = newFile ? harness.runIntoNewFile(candidate) : harness.run(candidate);
        return o.failed() && o.signature().equals(signature);
    }

    static String slug(String signature) {
        String s = signature.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.length() > 60 ? s.substring(0, 60) : s;
    }
}
