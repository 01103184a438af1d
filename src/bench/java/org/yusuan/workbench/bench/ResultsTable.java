package org.yusuan.workbench.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints a JMH JSON result file (as written by {@code -rf json}) as one table: a row per size, a
 * column per benchmark, mean ± error in ms, and whether the targets at 1000× are met.
 * Reads the file with a few patterns so the benchmarks jar needs no JSON library.
 */
public final class ResultsTable {

    private static final Pattern RESULT = Pattern.compile(
            "\"benchmark\"\\s*:\\s*\"[^\"]*\\.(\\w+)\".*?\"factor\"\\s*:\\s*\"(\\d+)\".*?\"primaryMetric\"\\s*:\\s*\\{"
                    + "\\s*\"score\"\\s*:\\s*([-0-9.Ee]+|\"NaN\")\\s*,\\s*\"scoreError\"\\s*:\\s*([-0-9.Ee]+|\"NaN\")",
            Pattern.DOTALL);
    private static final List<String> BENCHMARKS = List.of("fullDerivation", "basicLineEdit", "projectLineEdit");
    /** Targets at 1000×, in ms. */
    private static final Map<String, Double> TARGETS = Map.of(
            "fullDerivation", 100.0, "basicLineEdit", 5.0, "projectLineEdit", 5.0);

    private ResultsTable() {
    }

    public static void main(String[] args) throws IOException {
        String json = Files.readString(Path.of(args.length > 0 ? args[0] : "target/jmh-results.json"),
                StandardCharsets.UTF_8);
        Map<Integer, Map<String, double[]>> bySize = new TreeMap<>();
        Matcher m = RESULT.matcher(json);
        while (m.find()) {
            bySize.computeIfAbsent(Integer.parseInt(m.group(2)), k -> new TreeMap<>())
                    .put(m.group(1), new double[] {number(m.group(3)), number(m.group(4))});
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-7s", "size"));
        BENCHMARKS.forEach(b -> out.append(String.format(Locale.ROOT, " | %-24s", b + " (ms)")));
        out.append('\n').append("-".repeat(7 + BENCHMARKS.size() * 27)).append('\n');
        for (var size : bySize.entrySet()) {
            out.append(String.format(Locale.ROOT, "%-7s", size.getKey() + "×"));
            for (String b : BENCHMARKS) {
                double[] r = size.getValue().get(b);
                out.append(String.format(Locale.ROOT, " | %-24s",
                        r == null ? "—" : String.format(Locale.ROOT, "%.3f ± %.3f", r[0], r[1])));
            }
            out.append('\n');
        }
        Map<String, double[]> largest = bySize.get(1000);
        if (largest != null) {
            out.append('\n').append("Targets at 1000×:").append('\n');
            List<String> lines = new ArrayList<>();
            for (String b : BENCHMARKS) {
                double[] r = largest.get(b);
                if (r != null) {
                    lines.add(String.format(Locale.ROOT, "  %-16s %9.3f ms  (target < %.0f ms) %s", b, r[0],
                            TARGETS.get(b), r[0] < TARGETS.get(b) ? "met" : "MISSED"));
                }
            }
            lines.forEach(l -> out.append(l).append('\n'));
        }
        System.out.print(out);
    }

    private static double number(String text) {
        return text.startsWith("\"") ? Double.NaN : Double.parseDouble(text);
    }
}
