package org.yusuan.workbench.exchange.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.yusuan.workbench.domain.Labelled;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;
import org.yusuan.workbench.domain.classification.EconomicMapping;
import org.yusuan.workbench.domain.classification.UnitCategory;
import org.yusuan.workbench.text.Csv;
import org.yusuan.workbench.exchange.sheet.Sheet;
import org.yusuan.workbench.exchange.sheet.SheetRow;

/**
 * The chart of accounts shipped with the program, kept in the official-catalog layout under
 * {@code catalog/<year>/} and read through the same checks as an imported one.
 */
public final class BuiltInCatalog {

    /** Years with a built-in catalog, newest last. */
    static final List<Integer> YEARS = List.of(2023);

    private BuiltInCatalog() {
    }

    /** The built-in catalog closest to (not after) the budget year; the oldest one for earlier years. */
    public static int yearFor(int budgetYear) {
        return YEARS.stream().filter(y -> y <= budgetYear).reduce((a, b) -> b).orElse(YEARS.get(0));
    }

    public static String provenance(int catalogYear) {
        return "内置：财政部《" + catalogYear + "年政府收支分类科目》";
    }

    public static ChartOfAccounts load(int budgetYear) {
        int year = yearFor(budgetYear);
        String folder = "/org/yusuan/workbench/catalog/" + year + "/";
        Sheet catalog = Sheet.fromRows("catalog.csv", Csv.parse(resource(folder + "catalog.csv")));
        CatalogImport.Result result = CatalogImport.check(catalog, ChartOfAccounts.empty(), year, provenance(year));
        if (!result.isOk()) {
            throw new IllegalStateException("built-in catalog " + year + " is invalid: " + result.problems());
        }
        Sheet mapping = Sheet.fromRows("mapping.csv", Csv.parse(resource(folder + "mapping.csv")));
        List<EconomicMapping> mappings = new ArrayList<>();
        for (SheetRow row : mapping.rows()) {
            UnitCategory category = Labelled.fromLabel(UnitCategory.class, row.get("单位类别"))
                    .orElseThrow(() -> new IllegalStateException("bad 单位类别 in built-in mapping row " + row.rowNumber()));
            mappings.add(new EconomicMapping(category, row.get("部门经济科目编码"), row.get("政府经济科目编码"), year,
                    provenance(year)));
        }
        return new ChartOfAccounts(result.entries(), mappings);
    }

    private static String resource(String path) {
        try (InputStream in = BuiltInCatalog.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing built-in resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
