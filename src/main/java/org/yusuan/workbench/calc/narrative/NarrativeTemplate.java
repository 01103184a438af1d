package org.yusuan.workbench.calc.narrative;

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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.workbench.domain.publication.Wording;

/**
 * The prose of 情况说明 for a budget year (resource {@code calc/narrative/<year>.properties}): the
 * words are data, so a new year's wording needs no code. See the file's header for the syntax.
 */
public final class NarrativeTemplate {

    private static final List<Integer> YEARS = List.of(2023, 2024);
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]+)}");
    private static final Pattern INNERMOST_OPTIONAL = Pattern.compile("\\[\\[((?:(?!\\[\\[|]]).)*)]]", Pattern.DOTALL);

    private final Properties properties;

    private NarrativeTemplate(Properties properties) {
        this.properties = properties;
    }

    /** The keys of the narrative's texts in a file's {@link Wording} start with this ({@code narrative.s1.text}). */
    public static final String WORDING_PREFIX = "narrative.";

    public static NarrativeTemplate forYear(int budgetYear) {
        return forYear(budgetYear, Wording.NONE);
    }

    /** The year's prose with the texts a file's wording gives in place of the shipped ones. */
    public static NarrativeTemplate forYear(int budgetYear, Wording wording) {
        int year = YEARS.stream().filter(y -> y <= budgetYear).reduce((a, b) -> b).orElse(YEARS.get(0));
        Properties properties = load(String.valueOf(year));
        properties.putAll(wording.under(WORDING_PREFIX));
        return new NarrativeTemplate(properties);
    }

    /**
     * The shipped texts of a budget year as wording texts, section by section (title, text), then the
     * list wording, labels and phrases; the order of the sections is the engine's, not a text.
     */
    public static Map<String, String> shippedTexts(int budgetYear) {
        NarrativeTemplate shipped = forYear(budgetYear);
        Map<String, String> texts = new LinkedHashMap<>();
        for (String section : shipped.sections()) {
            texts.put(WORDING_PREFIX + section + ".title", shipped.title(section));
            texts.put(WORDING_PREFIX + section + ".text", shipped.text(section));
        }
        shipped.properties.stringPropertyNames().stream().filter(k -> !k.equals("sections"))
                .filter(k -> !texts.containsKey(WORDING_PREFIX + k)).sorted()
                .forEach(k -> texts.put(WORDING_PREFIX + k, shipped.value(k)));
        return texts;
    }

    /** The comparison verb of a direction (增加 / 减少 / 持平, or a file's own, e.g. 增长). */
    String verb(Change.Direction direction) {
        String key = switch (direction) {
            case INCREASE -> "increase";
            case DECREASE -> "decrease";
            case UNCHANGED -> "same";
        };
        return properties.getProperty("phrase." + key, direction.label());
    }

    /**
     * One template file; a file with {@code extends=<year>} holds only what differs from that year's
     * file, so a year that adds one sentence does not copy the eleven others.
     */
    private static Properties load(String name) {
        String path = "/org/yusuan/workbench/calc/narrative/" + name + ".properties";
        try (InputStream in = NarrativeTemplate.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing narrative template " + path);
            }
            Properties own = new Properties();
            own.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            String base = own.getProperty("extends");
            Properties properties = base == null ? new Properties() : load(base.strip());
            properties.putAll(own);
            properties.remove("extends");
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> sections() {
        return Arrays.stream(value("sections").split(",")).map(String::strip).toList();
    }

    public String title(String section) {
        return value(section + ".title");
    }

    public String text(String section) {
        return value(section + ".text");
    }

    /** The wording of one list item and the separator between items. */
    String listItem(String list) {
        return value("list." + list + ".item");
    }

    String listSeparator(String list) {
        return value("list." + list + ".separator");
    }

    String phrase(String name) {
        return value("phrase." + name);
    }

    /** The narrative's own wording of a label (e.g. 一般公共预算拨款 → 一般公共预算拨款收入), else the label. */
    String label(String label) {
        return properties.getProperty("label." + label, label);
    }

    /**
     * Fills {@code text}: optional [[ … ]] parts whose figures are all present are kept (innermost
     * first, so they nest), the others dropped; then every ${name} is replaced. A figure missing
     * outside an optional part shows as （未填写） so the gap is visible in a draft.
     */
    public static String fill(String text, Map<String, String> values) {
        return fill(text, values, Set.of());
    }

    /**
     * {@link #fill(String, Map)} where the variables named in {@code ownWords} are the accountant's
     * texts: each joins the template's words around it by {@link Sentences#join}.
     */
    public static String fill(String text, Map<String, String> values, Set<String> ownWords) {
        String resolved = text;
        Matcher optional = INNERMOST_OPTIONAL.matcher(resolved);
        while (optional.find()) {
            String inner = optional.group(1);
            boolean complete = VARIABLE.matcher(inner).results().allMatch(m -> values.get(m.group(1)) != null);
            resolved = resolved.substring(0, optional.start()) + (complete ? inner : "") + resolved.substring(optional.end());
            optional = INNERMOST_OPTIONAL.matcher(resolved);
        }
        Matcher variable = VARIABLE.matcher(resolved);
        StringBuilder out = new StringBuilder();
        int written = 0;
        while (variable.find()) {
            out.append(resolved, written, variable.start());
            String name = variable.group(1);
            String value = values.get(name);
            if (value == null) {
                value = "（未填写）";
            } else if (ownWords.contains(name)) {
                value = Sentences.join(out.toString(), value, resolved.substring(variable.end()));
            }
            out.append(value);
            written = variable.end();
        }
        out.append(resolved, written, resolved.length());
        return out.toString();
    }

    private String value(String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("narrative template has no " + key);
        }
        return value;
    }
}
