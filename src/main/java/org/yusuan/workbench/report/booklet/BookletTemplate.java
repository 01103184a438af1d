package org.yusuan.workbench.report.booklet;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The booklet's own wording for a budget year (resource {@code report/booklet/<year>.properties}):
 * part titles, the staffing sentence and the 名词解释. Wording changes between years, so it is data.
 */
public final class BookletTemplate {

    private static final List<Integer> YEARS = List.of(2023);

    /** One entry of 第四部分 名词解释: the term (printed bold) and its explanation. */
    public record GlossaryEntry(String term, String text) {
    }

    private final Properties properties;
    private final int year;

    private BookletTemplate(Properties properties, int year) {
        this.properties = properties;
        this.year = year;
    }

    public static BookletTemplate forYear(int budgetYear) {
        int file = YEARS.stream().filter(y -> y <= budgetYear).reduce((a, b) -> b).orElse(YEARS.get(0));
        String path = "/org/yusuan/workbench/report/booklet/" + file + ".properties";
        try (InputStream in = BookletTemplate.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing booklet template " + path);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new BookletTemplate(properties, budgetYear);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The wording under {@code key} with {year} and the given placeholders filled in. */
    public String text(String key, Map<String, String> values) {
        String text = raw(key).replace("{year}", String.valueOf(year));
        for (var value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", value.getValue());
        }
        return text;
    }

    public String text(String key) {
        return text(key, Map.of());
    }

    public List<GlossaryEntry> glossary() {
        int count = Integer.parseInt(raw("glossary.count").strip());
        List<GlossaryEntry> entries = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            entries.add(new GlossaryEntry(raw("glossary." + n + ".term"), raw("glossary." + n + ".text")));
        }
        return entries;
    }

    private String raw(String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("booklet template has no " + key);
        }
        return value;
    }
}
