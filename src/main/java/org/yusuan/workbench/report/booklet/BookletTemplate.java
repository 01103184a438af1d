package org.yusuan.workbench.report.booklet;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.yusuan.workbench.domain.publication.Wording;

/**
 * The booklet's own wording for a budget year (resource {@code report/booklet/<year>.properties}):
 * part titles, the staffing sentence and the 名词解释. Wording changes between years, so it is data.
 */
public final class BookletTemplate {

    private static final List<Integer> YEARS = List.of(2023);

    /** The keys of the booklet's texts in a file's {@link Wording} start with this ({@code booklet.cover.title}). */
    public static final String WORDING_PREFIX = "booklet.";

    /** Keys of the file that are structure, not wording: they stay the engine's. */
    private static final Set<String> STRUCTURE = Set.of("glossary.count", "part3.formsAfter");

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
        return forYear(budgetYear, Wording.NONE);
    }

    /** The year's wording with the texts a file's wording gives in place of the shipped ones. */
    public static BookletTemplate forYear(int budgetYear, Wording wording) {
        BookletTemplate shipped = shipped(budgetYear);
        shipped.properties.putAll(wording.under(WORDING_PREFIX));
        return shipped;
    }

    /** The shipped texts of a budget year as wording texts, in the order the booklet prints them. */
    public static Map<String, String> shippedTexts(int budgetYear) {
        BookletTemplate shipped = shipped(budgetYear);
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : List.of("cover.title", "contents.title", "part1.title", "part1.duties", "part1.organisation",
                "part1.organisation.offices", "part1.staffing", "part2.title", "part2.tableLabel", "part2.department",
                "part3.title", "part3.chartTitle", "part4.title")) {
            texts.put(WORDING_PREFIX + key, shipped.raw(key));
        }
        for (String key : shipped.properties.stringPropertyNames().stream().sorted().toList()) {
            if (!STRUCTURE.contains(key) && !texts.containsKey(WORDING_PREFIX + key) && !key.startsWith("glossary.")) {
                texts.put(WORDING_PREFIX + key, shipped.raw(key));
            }
        }
        int count = Integer.parseInt(shipped.raw("glossary.count").strip());
        for (int n = 1; n <= count; n++) {
            texts.put(WORDING_PREFIX + "glossary." + n + ".term", shipped.raw("glossary." + n + ".term"));
            texts.put(WORDING_PREFIX + "glossary." + n + ".text", shipped.raw("glossary." + n + ".text"));
        }
        return texts;
    }

    private static BookletTemplate shipped(int budgetYear) {
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
