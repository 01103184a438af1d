package org.yusuan.workbench.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code tools/fuzz/run.sh}: fuzzes one import for a number of minutes (or executions) and writes
 * the summary and the minimised findings to {@code target/fuzz/<target>/}.
 *
 * <pre>FuzzMain --target workbook|catalog [--minutes 10] [--executions N] [--seed 1] [--out DIR]
 *          [--timeout-seconds 30] [--minimise-budget 300] [--minimise-seconds 30]</pre>
 */
public final class FuzzMain {

    private FuzzMain() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        Target target = Target.of(options.getOrDefault("target", "workbook"));
        double minutes = Double.parseDouble(options.getOrDefault("minutes", "1"));
        long executions = Long.parseLong(options.getOrDefault("executions", String.valueOf(Long.MAX_VALUE)));
        long seed = Long.parseLong(options.getOrDefault("seed", "1"));
        long timeout = Long.parseLong(options.getOrDefault("timeout-seconds", "30")) * 1000;
        int minimiseBudget = Integer.parseInt(options.getOrDefault("minimise-budget", "300"));
        long minimiseMillis = Long.parseLong(options.getOrDefault("minimise-seconds", "30")) * 1000;
        Path out = Path.of(options.getOrDefault("out", "target/fuzz/" + target.name().toLowerCase(java.util.Locale.ROOT)));
        Files.createDirectories(out);

        System.out.printf("fuzzing %s (yusuan %s) for %.1f min, seed %d, max heap %d MB, out %s%n", target, target.command,
                minutes, seed, Runtime.getRuntime().maxMemory() >> 20, out);
        Fuzzer fuzzer = new Fuzzer(target, out, seed, timeout);
        Fuzzer.Report report = fuzzer.run(executions, (long) (minutes * 60_000), r -> System.out.println(line(r)));
        String summary = summary(report);
        System.out.println(summary);
        Files.writeString(out.resolve("summary.txt"), summary, StandardCharsets.UTF_8);
        if (!report.findings().isEmpty()) {
            System.out.println("minimising " + report.findings().size() + " findings …");
            fuzzer.writeFindings(report, minimiseBudget, minimiseMillis);
            System.out.println("findings written to " + out.resolve("findings"));
        }
        // Worker threads of abandoned (timed-out) executions may still run: they must not keep the JVM.
        System.exit(report.findings().isEmpty() ? 0 : 1);
    }

    static String line(Fuzzer.Report r) {
        return String.format("%6.1f min  %,9d execs  %,7.0f/min  ok %,d  refused %,d  failures %,d  signatures %d  corpus %d",
                r.millis() / 60_000.0, r.executions(), r.perMinute(), r.verdicts().getOrDefault(Outcome.Verdict.OK, 0L),
                r.verdicts().getOrDefault(Outcome.Verdict.REFUSED, 0L), r.verdicts().getOrDefault(Outcome.Verdict.FAILURE, 0L),
                r.findings().size(), r.corpusSize());
    }

    static String summary(Fuzzer.Report r) {
        StringBuilder s = new StringBuilder();
        s.append("target          ").append(r.target()).append(" (yusuan ").append(r.target().command).append(")\n");
        s.append("seed            ").append(r.seed()).append('\n');
        s.append(String.format("executions      %,d in %.1f min = %,.0f per minute%n", r.executions(), r.millis() / 60_000.0,
                r.perMinute()));
        for (Outcome.Verdict v : Outcome.Verdict.values()) {
            s.append(String.format("%-15s %,d%n", v, r.verdicts().getOrDefault(v, 0L)));
        }
        s.append(String.format("into a new file %,d (refused ones must leave no file)%n", r.newFileExecutions()));
        s.append(String.format("data checks     %,d (budget and catalog compared in the session)%n", r.dataChecks()));
        s.append(String.format("full checks     %,d (file reopened, info + tables compared)%n", r.fullChecks()));
        s.append(String.format("slowest         %,d ms%n", r.slowestMillis()));
        s.append(String.format("most allocated  %,d MB in one execution%n", r.mostAllocated() >> 20));
        s.append("corpus          ").append(r.corpusSize()).append('\n');
        s.append("distinct failure signatures: ").append(r.findings().size()).append('\n');
        r.findings().values().stream().sorted((a, b) -> Integer.compare(b.count(), a.count()))
                .forEach(f -> s.append(String.format("  %,7d  %s%n", f.count(), f.signature())));
        return s.toString();
    }
}
