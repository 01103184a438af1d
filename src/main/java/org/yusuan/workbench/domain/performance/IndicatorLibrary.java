package org.yusuan.workbench.domain.performance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The indicators already used in a budget's forms, to be found by text and reused: forms of one
 * department repeat the same indicators (满意度, 资金支付及时率 …) and typing them anew invites typos.
 * An entry is one indicator name under its 一级/二级, with the value most forms gave it.
 */
public final class IndicatorLibrary {

    /**
     * @param unit   the unit of the typical value ("%", "人"), empty for a qualitative or period value
     * @param uses   how many forms use it
     */
    public record Entry(String level1, String level2, String name, String typicalValue, String unit, int uses) {

        /** The indicator to insert under another 二级, with the typical value for both periods. */
        public Indicator asIndicator(String underLevel1, String underLevel2) {
            return new Indicator(underLevel1, underLevel2, name, typicalValue, typicalValue);
        }
    }

    private final List<Entry> entries;

    private IndicatorLibrary(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Collects the indicators of {@code forms}; malformed and doubled values are never offered as typical. */
    public static IndicatorLibrary of(List<PerformanceForm> forms) {
        Map<String, List<Indicator>> byKey = new LinkedHashMap<>();
        for (PerformanceForm form : forms) {
            for (Indicator i : form.indicators()) {
                if (!i.name().isBlank()) {
                    byKey.computeIfAbsent(i.level1() + "|" + i.level2() + "|" + i.name().strip(), k -> new ArrayList<>())
                            .add(i);
                }
            }
        }
        List<Entry> entries = new ArrayList<>();
        byKey.values().forEach(uses -> entries.add(entry(uses)));
        entries.sort(Comparator.comparingInt(Entry::uses).reversed());
        return new IndicatorLibrary(entries);
    }

    private static Entry entry(List<Indicator> uses) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Indicator i : uses) {
            String value = i.valueYear() != null ? i.valueYear() : i.valueImplementation();
            if (value != null && !IndicatorValue.parse(value).isMalformed()) {
                counts.merge(value.strip(), 1, Integer::sum);
            }
        }
        String typical = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(null);
        IndicatorValue parsed = typical == null ? null : IndicatorValue.parse(typical);
        String unit = parsed != null && parsed.unit() != null ? parsed.unit() : "";
        Indicator first = uses.get(0);
        return new Entry(first.level1(), first.level2(), first.name().strip(), typical, unit, uses.size());
    }

    public List<Entry> entries() {
        return entries;
    }

    /**
     * Entries whose name, 二级, unit or typical value contains every word of {@code text} (blank-separated),
     * most used first; all entries for a blank text.
     */
    public List<Entry> search(String text) {
        String[] words = text == null ? new String[0] : text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return entries.stream().filter(e -> {
            String haystack = String.join(" ", e.name(), e.level2(), e.unit(), Objects.toString(e.typicalValue(), ""))
                    .toLowerCase(Locale.ROOT);
            for (String w : words) {
                if (!w.isEmpty() && !haystack.contains(w)) {
                    return false;
                }
            }
            return true;
        }).toList();
    }
}
