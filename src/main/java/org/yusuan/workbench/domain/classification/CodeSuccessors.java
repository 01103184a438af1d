package org.yusuan.workbench.domain.classification;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What became of the codes of one catalog year in the next (a year-to-year code mapping): an old
 * code renumbered to one new code, split into several, or withdrawn with none. A code not named
 * here is unchanged. Several years in a row chain (2023 → 2024 → 2025).
 */
public final class CodeSuccessors {

    /** Per classification: old code → its successors (empty = withdrawn without successor). */
    private final Map<Classification, Map<String, List<String>>> steps = new EnumMap<>(Classification.class);

    private CodeSuccessors() {
        for (Classification c : Classification.values()) {
            steps.put(c, new LinkedHashMap<>());
        }
    }

    public static CodeSuccessors none() {
        return new CodeSuccessors();
    }

    /** One year's mapping: {@code rows} as (classification, old code, new code or null for withdrawn). */
    public static CodeSuccessors of(List<Row> rows) {
        CodeSuccessors successors = new CodeSuccessors();
        for (Row row : rows) {
            List<String> targets = successors.steps.get(row.classification())
                    .computeIfAbsent(row.oldCode(), k -> new ArrayList<>());
            if (row.newCode() != null && !targets.contains(row.newCode())) {
                targets.add(row.newCode());
            }
        }
        return successors;
    }

    /** One row of a mapping file; {@code newCode} null when the code was withdrawn without a successor. */
    public record Row(Classification classification, String oldCode, String newCode) {
    }

    /** Where a code of the earlier year goes. */
    public interface Fate {
    }

    /** The code is the same in the new year (it was not named by any year's mapping). */
    public record Same(String code) implements Fate {
    }

    /** Renumbered to exactly one code. */
    public record Renumbered(String code) implements Fate {
    }

    /** Split into several codes: the accountant chooses. */
    public record Split(List<String> codes) implements Fate {
    }

    /** Withdrawn without a successor. */
    public record Withdrawn() implements Fate {
    }

    /** This year's mapping applied after {@code earlier}'s: the chain of both years. */
    public CodeSuccessors after(CodeSuccessors earlier) {
        CodeSuccessors chained = new CodeSuccessors();
        for (Classification c : Classification.values()) {
            Map<String, List<String>> into = chained.steps.get(c);
            earlier.steps.get(c).forEach((old, targets) -> {
                List<String> next = new ArrayList<>();
                for (String t : targets) {
                    for (String u : steps.get(c).getOrDefault(t, List.of(t))) {
                        if (!next.contains(u)) {
                            next.add(u);
                        }
                    }
                }
                into.put(old, next);
            });
            steps.get(c).forEach(into::putIfAbsent);
        }
        return chained;
    }

    public Fate fateOf(Classification classification, String code) {
        List<String> targets = steps.get(classification).get(code);
        if (targets == null) {
            return new Same(code);
        }
        if (targets.isEmpty()) {
            return new Withdrawn();
        }
        return targets.size() == 1 ? new Renumbered(targets.get(0)) : new Split(List.copyOf(targets));
    }

    /** The one successor of {@code code}, itself when unchanged; empty when split or withdrawn. */
    public Optional<String> successor(Classification classification, String code) {
        Fate fate = fateOf(classification, code);
        if (fate instanceof Same same) {
            return Optional.of(same.code());
        }
        return fate instanceof Renumbered renumbered ? Optional.of(renumbered.code()) : Optional.empty();
    }

    public boolean isEmpty() {
        return steps.values().stream().allMatch(Map::isEmpty);
    }
}
