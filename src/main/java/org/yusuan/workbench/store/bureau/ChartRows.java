package org.yusuan.workbench.store.bureau;

import static org.yusuan.workbench.store.bureau.jooq.Tables.CHART;
import static org.yusuan.workbench.store.bureau.jooq.Tables.CHART_ENTRY;
import static org.yusuan.workbench.store.bureau.jooq.Tables.CHART_MAPPING;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.yusuan.workbench.domain.classification.CatalogEntry;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;
import org.yusuan.workbench.domain.classification.Classification;
import org.yusuan.workbench.domain.classification.EconomicMapping;
import org.yusuan.workbench.domain.classification.UnitCategory;

/**
 * Charts of accounts in the store, each kept once: five hundred units on the same year's catalog share
 * one copy, found by a hash of its entries (not of a file, so the same chart written twice is one).
 */
final class ChartRows {

    private ChartRows() {
    }

    static String sha256(ChartOfAccounts chart) {
        StringBuilder text = new StringBuilder();
        chart.allEntries().stream()
                .map(e -> e.classification() + "\t" + e.code() + "\t" + e.name() + "\t" + e.year() + "\t" + e.provenance())
                .sorted().forEach(line -> text.append(line).append('\n'));
        text.append("--\n");
        chart.mappings().stream()
                .map(m -> m.category() + "\t" + m.departmentalCode() + "\t" + m.governmentCode() + "\t" + m.year()
                        + "\t" + m.provenance())
                .sorted().forEach(line -> text.append(line).append('\n'));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Stores the chart under {@code key} (its {@link #sha256}) unless the store has it already. */
    static void ensure(DSLContext dsl, String key, ChartOfAccounts chart) {
        if (dsl.fetchExists(CHART, CHART.CHART_SHA256.eq(key))) {
            return;
        }
        dsl.insertInto(CHART).set(CHART.CHART_SHA256, key).execute();
        var entries = new BatchInsert(CHART_ENTRY, CHART_ENTRY.CHART_SHA256, CHART_ENTRY.CLASSIFICATION,
                CHART_ENTRY.CODE, CHART_ENTRY.ENTRY_NAME, CHART_ENTRY.CATALOG_YEAR, CHART_ENTRY.PROVENANCE);
        for (CatalogEntry e : chart.allEntries()) {
            entries.row(key, e.classification().name(), e.code(), e.name(), e.year(), e.provenance());
        }
        var mappings = new BatchInsert(CHART_MAPPING, CHART_MAPPING.CHART_SHA256, CHART_MAPPING.UNIT_CATEGORY,
                CHART_MAPPING.DEP_BGT_ECO_CODE, CHART_MAPPING.GOV_BGT_ECO_CODE, CHART_MAPPING.CATALOG_YEAR,
                CHART_MAPPING.PROVENANCE);
        for (EconomicMapping m : chart.mappings()) {
            mappings.row(key, m.category().name(), m.departmentalCode(), m.governmentCode(), m.year(), m.provenance());
        }
        entries.execute(dsl);
        mappings.execute(dsl);
    }

    /** The charts by key. */
    static Map<String, ChartOfAccounts> load(DSLContext dsl, Collection<String> keys) {
        Map<String, List<CatalogEntry>> entries = dsl.selectFrom(CHART_ENTRY).where(CHART_ENTRY.CHART_SHA256.in(keys))
                .fetch().stream().collect(Collectors.groupingBy(r -> r.getChartSha256(),
                        Collectors.mapping(r -> new CatalogEntry(Classification.valueOf(r.getClassification()),
                                r.getCode(), r.getEntryName(), r.getCatalogYear(), r.getProvenance()),
                                Collectors.toList())));
        Map<String, List<EconomicMapping>> mappings = dsl.selectFrom(CHART_MAPPING)
                .where(CHART_MAPPING.CHART_SHA256.in(keys))
                .fetch().stream().collect(Collectors.groupingBy(r -> r.getChartSha256(),
                        Collectors.mapping(r -> new EconomicMapping(UnitCategory.valueOf(r.getUnitCategory()),
                                r.getDepBgtEcoCode(), r.getGovBgtEcoCode(), r.getCatalogYear(), r.getProvenance()),
                                Collectors.toList())));
        return keys.stream().distinct().collect(Collectors.toMap(k -> k,
                k -> new ChartOfAccounts(entries.getOrDefault(k, List.of()), mappings.getOrDefault(k, List.of()))));
    }
}
