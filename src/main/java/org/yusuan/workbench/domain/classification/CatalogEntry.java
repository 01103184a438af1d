package org.yusuan.workbench.domain.classification;

import java.util.Objects;

/** One code of the chart of accounts, with the year and source it was taken from. */
public record CatalogEntry(Classification classification, String code, String name, int year, String provenance) {

    public CatalogEntry {
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(provenance, "provenance");
    }
}
