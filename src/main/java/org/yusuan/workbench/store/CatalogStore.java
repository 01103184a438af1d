package org.yusuan.workbench.store;

import static org.yusuan.workbench.store.jooq.Tables.CATALOG_ENTRY;
import static org.yusuan.workbench.store.jooq.Tables.ECONOMIC_MAPPING;

import java.util.Collection;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.yusuan.workbench.domain.classification.CatalogEntry;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;
import org.yusuan.workbench.domain.classification.Classification;
import org.yusuan.workbench.domain.classification.EconomicMapping;
import org.yusuan.workbench.domain.classification.UnitCategory;

/** The chart of accounts kept in a budget file. */
public final class CatalogStore {

    private final DSLContext dsl;

    CatalogStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public ChartOfAccounts load() {
        var entries = dsl.selectFrom(CATALOG_ENTRY).orderBy(CATALOG_ENTRY.CLASSIFICATION, CATALOG_ENTRY.CODE)
                .fetch(r -> new CatalogEntry(Classification.valueOf(r.getClassification()), r.getCode(),
                        r.getName(), r.getCatalogYear(), r.getProvenance()));
        var mappings = dsl.selectFrom(ECONOMIC_MAPPING).orderBy(ECONOMIC_MAPPING.UNIT_CATEGORY, ECONOMIC_MAPPING.DEPT_CODE)
                .fetch(r -> new EconomicMapping(UnitCategory.valueOf(r.getUnitCategory()), r.getDeptCode(),
                        r.getGovCode(), r.getCatalogYear(), r.getProvenance()));
        return new ChartOfAccounts(entries, mappings);
    }

    public boolean isEmpty() {
        return dsl.fetchCount(CATALOG_ENTRY) == 0;
    }

    /**
     * Adds new codes and renames existing ones, in one transaction; nothing is removed, so lines
     * coded against an older list stay valid until the accountant recodes them.
     */
    public void merge(Collection<CatalogEntry> entries, Collection<EconomicMapping> mappings) {
        dsl.transaction(configuration -> write(DSL.using(configuration), entries, mappings));
    }

    /**
     * Replaces the whole catalog (entries and mapping) in one transaction: a catalog carried from an
     * earlier year gives way to the year's complete official list, so a code the year no longer has is
     * no longer in the catalog and the lines still using it are listed by the audit.
     */
    public void replace(Collection<CatalogEntry> entries, Collection<EconomicMapping> mappings) {
        dsl.transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            tx.deleteFrom(CATALOG_ENTRY).execute();
            tx.deleteFrom(ECONOMIC_MAPPING).execute();
            write(tx, entries, mappings);
        });
    }

    /** Merges inside the caller's transaction. */
    static void write(DSLContext tx, Collection<CatalogEntry> entries, Collection<EconomicMapping> mappings) {
        for (CatalogEntry e : entries) {
            tx.mergeInto(CATALOG_ENTRY)
                    .using(DSL.selectOne())
                    .on(CATALOG_ENTRY.CLASSIFICATION.eq(e.classification().name())
                            .and(CATALOG_ENTRY.CODE.eq(e.code())))
                    .whenMatchedThenUpdate()
                    .set(CATALOG_ENTRY.NAME, e.name())
                    .set(CATALOG_ENTRY.CATALOG_YEAR, e.year())
                    .set(CATALOG_ENTRY.PROVENANCE, e.provenance())
                    .whenNotMatchedThenInsert(CATALOG_ENTRY.CLASSIFICATION, CATALOG_ENTRY.CODE, CATALOG_ENTRY.NAME,
                            CATALOG_ENTRY.CATALOG_YEAR, CATALOG_ENTRY.PROVENANCE)
                    .values(e.classification().name(), e.code(), e.name(), e.year(), e.provenance())
                    .execute();
        }
        for (EconomicMapping m : mappings) {
            tx.mergeInto(ECONOMIC_MAPPING)
                    .using(DSL.selectOne())
                    .on(ECONOMIC_MAPPING.UNIT_CATEGORY.eq(m.category().name())
                            .and(ECONOMIC_MAPPING.DEPT_CODE.eq(m.departmentalCode())))
                    .whenMatchedThenUpdate()
                    .set(ECONOMIC_MAPPING.GOV_CODE, m.governmentCode())
                    .set(ECONOMIC_MAPPING.CATALOG_YEAR, m.year())
                    .set(ECONOMIC_MAPPING.PROVENANCE, m.provenance())
                    .whenNotMatchedThenInsert(ECONOMIC_MAPPING.UNIT_CATEGORY, ECONOMIC_MAPPING.DEPT_CODE,
                            ECONOMIC_MAPPING.GOV_CODE, ECONOMIC_MAPPING.CATALOG_YEAR, ECONOMIC_MAPPING.PROVENANCE)
                    .values(m.category().name(), m.departmentalCode(), m.governmentCode(), m.year(), m.provenance())
                    .execute();
        }
    }
}
