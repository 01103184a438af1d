package org.yusuan.workbench.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Shrinks a failing input while the same failure signature persists: zip entries first, then rows,
 * cells and shared strings of each XML part (or lines of a CSV), then long texts, and for inputs
 * that are no longer a zip, byte ranges. Greedy and bounded by a number of executions: a smaller
 * file is what a regression test and a reader need, not the smallest one.
 */
final class Minimiser {

    private final Predicate<FuzzInput> stillFails;
    private int budget;
    private final long deadline;

    /** Bounded by executions and by time: one execution of a huge-string input can take seconds. */
    Minimiser(Predicate<FuzzInput> stillFails, int maxExecutions, long maxMillis) {
        this.stillFails = stillFails;
        this.budget = maxExecutions;
        this.deadline = System.nanoTime() + maxMillis * 1_000_000;
    }

    FuzzInput minimise(FuzzInput input) {
        FuzzInput best = input;
        boolean progress = true;
        while (progress && budget > 0) {
            FuzzInput before = best;
            List<Zip.Entry> entries = best.kind() == FuzzInput.Kind.CSV ? null : Zip.read(best.bytes());
            if (best.kind() == FuzzInput.Kind.CSV) {
                best = shrinkText(best, null, 0);
            } else if (entries == null) {
                best = shrinkBytes(best);
            } else {
                best = shrinkEntries(best);
                List<Zip.Entry> now = Zip.read(best.bytes());
                for (int i = 0; now != null && i < now.size() && budget > 0; i++) {
                    best = shrinkText(best, now, i);
                    now = Zip.read(best.bytes());
                }
            }
            progress = best.bytes().length < before.bytes().length;
        }
        return best;
    }

    private boolean accept(FuzzInput candidate) {
        if (budget <= 0 || System.nanoTime() > deadline) {
            budget = 0;
            return false;
        }
        budget--;
        return stillFails.test(candidate);
    }

    private FuzzInput shrinkEntries(FuzzInput input) {
        List<Zip.Entry> entries = new ArrayList<>(Zip.read(input.bytes()));
        for (int i = entries.size() - 1; i >= 0 && entries.size() > 1; i--) {
            List<Zip.Entry> fewer = new ArrayList<>(entries);
            fewer.remove(i);
            FuzzInput candidate = input.derive(Zip.write(fewer, true), "min");
            if (accept(candidate)) {
                entries = fewer;
                input = candidate;
            }
        }
        return input;
    }

    /** Removes chunks of rows/cells/strings (or CSV lines), halving the chunk size, then shortens texts. */
    private FuzzInput shrinkText(FuzzInput input, List<Zip.Entry> entries, int index) {
        String text = entries == null ? new String(input.bytes(), StandardCharsets.UTF_8) : entries.get(index).text();
        // Long runs (huge strings) first: halved while the failure stays, they speed up every later try.
        java.util.regex.Matcher m = Pattern.compile("([^<>\\n,\"]{64,})").matcher(text);
        while (m.find() && budget > 0) {
            String run = m.group(1);
            String candidateText = text.substring(0, m.start()) + run.substring(0, run.length() / 2) + text.substring(m.end());
            FuzzInput candidate = withText(input, entries, index, candidateText);
            if (accept(candidate)) {
                text = candidateText;
                input = candidate;
                m = Pattern.compile("([^<>\\n,\"]{64,})").matcher(text);
            }
        }
        boolean csv = entries == null || input.kind() == FuzzInput.Kind.CSV_FOLDER;
        List<Pattern> units = csv ? List.of(Pattern.compile("(?m)^.*\\n"))
                : List.of(XmlMutator.ROW, XmlMutator.CELL, XmlMutator.SI, XmlMutator.SHEET);
        for (Pattern unit : units) {
            List<int[]> spans = XmlMutator.spans(text, unit, 100_000);
            for (int chunk = Math.max(1, spans.size() / 2); chunk >= 1 && budget > 0; chunk /= 2) {
                for (int start = spans.size() - chunk; start >= 0 && budget > 0; start -= chunk) {
                    String candidateText = cut(text, spans.subList(start, start + chunk));
                    FuzzInput candidate = withText(input, entries, index, candidateText);
                    if (accept(candidate)) {
                        text = candidateText;
                        input = candidate;
                        spans = XmlMutator.spans(text, unit, 100_000);
                        start = Math.min(start, spans.size());
                    }
                }
            }
        }
        return input;
    }

    private static String cut(String text, List<int[]> spans) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int[] s : spans) {
            out.append(text, at, s[0]);
            at = s[1];
        }
        return out.append(text.substring(at)).toString();
    }

    private static FuzzInput withText(FuzzInput input, List<Zip.Entry> entries, int index, String text) {
        if (entries == null) {
            return input.derive(text.getBytes(StandardCharsets.UTF_8), "min");
        }
        List<Zip.Entry> changed = new ArrayList<>(Zip.read(input.bytes()));
        changed.set(index, changed.get(index).withText(text));
        return input.derive(Zip.write(changed, true), "min");
    }

    /** Delta debugging on bytes: remove ever smaller ranges while the failure stays. */
    private FuzzInput shrinkBytes(FuzzInput input) {
        byte[] bytes = input.bytes();
        for (int chunk = Math.max(1, bytes.length / 2); chunk >= 16 && budget > 0; chunk /= 2) {
            for (int start = bytes.length - chunk; start >= 0 && budget > 0; start -= chunk) {
                byte[] fewer = ByteMutator.concat(Arrays.copyOf(bytes, start), Arrays.copyOfRange(bytes, start + chunk, bytes.length));
                FuzzInput candidate = input.derive(fewer, "min");
                if (accept(candidate)) {
                    bytes = fewer;
                    input = candidate;
                }
            }
        }
        return input;
    }
}
