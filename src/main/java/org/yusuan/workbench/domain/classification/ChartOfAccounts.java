package org.yusuan.workbench.domain.classification;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The chart of accounts of a budget year: the three classifications and the economic mapping.
 * Immutable; lookups are by exact code.
 */
public final class ChartOfAccounts {

    private final Map<Classification, TreeMap<String, CatalogEntry>> entries = new EnumMap<>(Classification.class);
    private final Map<UnitCategory, Map<String, String>> mapping = new EnumMap<>(UnitCategory.class);
    private final List<EconomicMapping> mappingRows;

    public ChartOfAccounts(Collection<CatalogEntry> catalog, Collection<EconomicMapping> mappings) {
        for (Classification c : Classification.values()) {
            entries.put(c, new TreeMap<>());
        }
        for (UnitCategory u : UnitCategory.values()) {
            mapping.put(u, new TreeMap<>());
        }
        catalog.forEach(e -> entries.get(e.classification()).put(e.code(), e));
        mappings.forEach(m -> mapping.get(m.category()).put(m.departmentalCode(), m.governmentCode()));
        this.mappingRows = List.copyOf(mappings);
    }

    public static ChartOfAccounts empty() {
        return new ChartOfAccounts(List.of(), List.of());
    }

    public Optional<CatalogEntry> find(Classification classification, String code) {
        return Optional.ofNullable(code == null ? null : entries.get(classification).get(code));
    }

    public boolean contains(Classification classification, String code) {
        return find(classification, code).isPresent();
    }

    /** Name of a code, or the code itself when the catalog does not know it. */
    public String nameOf(Classification classification, String code) {
        return find(classification, code).map(CatalogEntry::name).orElse(code);
    }

    /** All entries of one classification in code order. */
    public List<CatalogEntry> entries(Classification classification) {
        return List.copyOf(entries.get(classification).values());
    }

    public List<CatalogEntry> allEntries() {
        return entries.values().stream().flatMap(m -> m.values().stream()).collect(Collectors.toUnmodifiableList());
    }

    public List<EconomicMapping> mappings() {
        return mappingRows;
    }

    /** The government 款 a departmental 款 maps to for a unit category, if the mapping has it. */
    public Optional<String> governmentCodeFor(UnitCategory category, String departmentalCode) {
        return Optional.ofNullable(mapping.get(category).get(departmentalCode));
    }

    public boolean isEmpty() {
        return entries.values().stream().allMatch(Map::isEmpty);
    }

    public int size(Classification classification) {
        return entries.get(classification).size();
    }

    public Map<String, String> mappingFor(UnitCategory category) {
        return Collections.unmodifiableMap(mapping.get(category));
    }
}
