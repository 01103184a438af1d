package org.yusuan.workbench.calc.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.yusuan.workbench.domain.publication.Wording;

/**
 * The publication format of a budget year: table titles, the 类 skeleton of tables 1 and 4 and the
 * economic 款 behind the "三公" lines. Titles change between years, so they are data, not code.
 */
public final class TableTemplate {

    /** The keys of the titles in a file's {@link Wording} start with this ({@code table.t01.title}). */
    public static final String WORDING_PREFIX = "table.";

    /** Years with a template file, oldest first. */
    private static final List<Integer> YEARS = List.of(2023);

    private final int year;
    private final Properties properties;

    private TableTemplate(int year, Properties properties) {
        this.year = year;
        this.properties = properties;
    }

    /** The newest template not after {@code budgetYear} (the oldest one for earlier years). */
    public static TableTemplate forYear(int budgetYear) {
        return forYear(budgetYear, Wording.NONE);
    }

    /** As {@link #forYear(int)}, with the titles a file's wording gives in place of the shipped ones. */
    public static TableTemplate forYear(int budgetYear, Wording wording) {
        TableTemplate shipped = shipped(budgetYear);
        shipped.properties.putAll(wording.under(WORDING_PREFIX));
        return shipped;
    }

    /** The shipped titles of a budget year as wording texts ({@code table.t01.title} → {year}年预算收支总表). */
    public static Map<String, String> shippedTexts(int budgetYear) {
        TableTemplate shipped = shipped(budgetYear);
        Map<String, String> texts = new LinkedHashMap<>();
        for (int table = 1; table <= 13; table++) {
            String key = String.format("t%02d.title", table);
            texts.put(WORDING_PREFIX + key, shipped.value(key));
        }
        return texts;
    }

    private static TableTemplate shipped(int budgetYear) {
        int templateYear = YEARS.stream().filter(y -> y <= budgetYear).reduce((a, b) -> b).orElse(YEARS.get(0));
        String path = "/org/yusuan/workbench/calc/templates/" + templateYear + ".properties";
        try (InputStream in = TableTemplate.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing table template " + path);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TableTemplate(budgetYear, properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String title(int table) {
        return value(String.format("t%02d.title", table)).replace("{year}", String.valueOf(year));
    }

    public List<String> functionalClasses() {
        return list("functional.classes");
    }

    public List<String> threePublic(String item) {
        return list("threePublic." + item);
    }

    public int year() {
        return year;
    }

    private List<String> list(String key) {
        return Arrays.stream(value(key).split(",")).map(String::strip).toList();
    }

    private String value(String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("table template has no " + key);
        }
        return value;
    }
}
