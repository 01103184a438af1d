package org.yusuan.workbench.exchange.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.yusuan.workbench.domain.Labelled;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;
import org.yusuan.workbench.domain.classification.Classification;
import org.yusuan.workbench.domain.classification.CodeSuccessors;
import org.yusuan.workbench.domain.classification.EconomicMapping;
import org.yusuan.workbench.domain.classification.UnitCategory;
import org.yusuan.workbench.exchange.sheet.Sheet;
import org.yusuan.workbench.exchange.sheet.SheetRow;
import org.yusuan.workbench.text.Csv;

/**
 * The charts of accounts shipped with the program, one per year, kept in the official-catalog
 * layout under {@code catalog/<year>/} ({@code catalog.csv}, {@code mapping.csv}) and read through
 * the same checks as an imported one; beside them the year-to-year code mapping
 * ({@code catalog/<year>/successors.csv}: what became of the previous year's codes, see
 * docs/data-formats.md). A budget year without a catalog of its own uses the nearest earlier one.
 * The shipped shelf is {@link #shipped()}; {@link #inFolder(Path)} reads the same layout from a folder.
 */
public final class BuiltInCatalog {

    /** Years with a built-in catalog, oldest first. */
    static final List<Integer> YEARS = List.of(2023);

    private static final String ROOT = "/org/yusuan/workbench/catalog/";
    private static final BuiltInCatalog SHIPPED = new BuiltInCatalog(YEARS, BuiltInCatalog::resource);

    private final List<Integer> years;
    /** A file of the shelf by its path below the root ("2023/catalog.csv"), empty when absent. */
    private final Function<String, Optional<String>> files;

    private BuiltInCatalog(List<Integer> years, Function<String, Optional<String>> files) {
        if (years.isEmpty()) {
            throw new IllegalArgumentException("a catalog shelf holds at least one year");
        }
        this.years = List.copyOf(years);
        this.files = files;
    }

    /** The catalogs shipped with the program. */
    public static BuiltInCatalog shipped() {
        return SHIPPED;
    }

    /** The catalogs kept in {@code folder} in the shipped layout: a sub-folder per year holding catalog.csv. */
    public static BuiltInCatalog inFolder(Path folder) throws IOException {
        List<Integer> found;
        try (Stream<Path> children = Files.list(folder)) {
            found = children.filter(p -> p.getFileName().toString().matches("\\d{4}"))
                    .filter(p -> Files.isRegularFile(p.resolve("catalog.csv")))
                    .map(p -> Integer.parseInt(p.getFileName().toString())).sorted().toList();
        }
        return new BuiltInCatalog(found, path -> {
            Path file = folder.resolve(path);
            try {
                return Files.isRegularFile(file) ? Optional.of(Files.readString(file)) : Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The shipped catalog closest to (not after) the budget year; the oldest one for earlier years. */
    public static int yearFor(int budgetYear) {
        return SHIPPED.catalogYearFor(budgetYear);
    }

    public static String provenance(int catalogYear) {
        return "内置：财政部《" + catalogYear + "年政府收支分类科目》";
    }

    /** The shipped catalog for a budget year (see {@link #yearFor}). */
    public static ChartOfAccounts load(int budgetYear) {
        return SHIPPED.chartFor(budgetYear);
    }

    /** The catalog year this shelf gives a budget year: the newest not after it, else the oldest. */
    public int catalogYearFor(int budgetYear) {
        return years.stream().filter(y -> y <= budgetYear).reduce((a, b) -> b).orElse(years.get(0));
    }

    /** Whether the budget year has a catalog of its own on this shelf. */
    public boolean hasOwnCatalog(int budgetYear) {
        return years.contains(budgetYear);
    }

    public ChartOfAccounts chartFor(int budgetYear) {
        int year = catalogYearFor(budgetYear);
        Sheet catalog = Sheet.fromRows("catalog.csv", Csv.parse(required(year + "/catalog.csv")));
        CatalogImport.Result result = CatalogImport.check(catalog, ChartOfAccounts.empty(), year, provenance(year));
        if (!result.isOk()) {
            throw new IllegalStateException("built-in catalog " + year + " is invalid: " + result.problems());
        }
        Sheet mapping = Sheet.fromRows("mapping.csv", Csv.parse(required(year + "/mapping.csv")));
        List<EconomicMapping> mappings = new ArrayList<>();
        for (SheetRow row : mapping.rows()) {
            UnitCategory category = Labelled.fromLabel(UnitCategory.class, row.get("单位类别"))
                    .orElseThrow(() -> new IllegalStateException("bad 单位类别 in built-in mapping row " + row.rowNumber()));
            mappings.add(new EconomicMapping(category, row.get("部门经济科目编码"), row.get("政府经济科目编码"), year,
                    provenance(year)));
        }
        return new ChartOfAccounts(result.entries(), mappings);
    }

    /**
     * What became of the codes of {@code fromYear} by {@code toYear}: the mapping files of every
     * year after {@code fromYear} up to {@code toYear}, chained. Years without a file change nothing.
     */
    public CodeSuccessors successors(int fromYear, int toYear) {
        CodeSuccessors chained = CodeSuccessors.none();
        for (int year = fromYear + 1; year <= toYear; year++) {
            Optional<String> text = files.apply(year + "/successors.csv");
            if (text.isPresent()) {
                chained = readSuccessors(year, text.get()).after(chained);
            }
        }
        return chained;
    }

    /** Columns 分类, 原科目编码, 新科目编码 (empty: withdrawn without successor), 说明. */
    private static CodeSuccessors readSuccessors(int year, String text) {
        Sheet sheet = Sheet.fromRows("successors.csv", Csv.parse(text));
        List<CodeSuccessors.Row> rows = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            Classification classification = Labelled.fromLabel(Classification.class, row.get("分类"))
                    .orElseThrow(() -> new IllegalStateException(
                            "bad 分类 in " + year + "/successors.csv row " + row.rowNumber()));
            String oldCode = row.get("原科目编码");
            String newCode = row.get("新科目编码");
            if (oldCode == null || oldCode.isBlank() || !classification.isValidLength(oldCode.strip())
                    || newCode != null && !newCode.isBlank() && !classification.isValidLength(newCode.strip())) {
                throw new IllegalStateException("bad code in " + year + "/successors.csv row " + row.rowNumber());
            }
            rows.add(new CodeSuccessors.Row(classification, oldCode.strip(),
                    newCode == null || newCode.isBlank() ? null : newCode.strip()));
        }
        return CodeSuccessors.of(rows);
    }

    private String required(String path) {
        return files.apply(path).orElseThrow(() -> new IllegalStateException("missing built-in catalog file " + path));
    }

    private static Optional<String> resource(String path) {
        try (InputStream in = BuiltInCatalog.class.getResourceAsStream(ROOT + path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
