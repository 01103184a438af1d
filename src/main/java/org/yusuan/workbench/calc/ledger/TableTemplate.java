package org.yusuan.workbench.calc.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The publication format of a budget year: table titles, the 类 skeleton of tables 1 and 4 and the
 * economic 款 behind the "三公" lines. Titles change between years, so they are data, not code.
 */
public final class TableTemplate {

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
