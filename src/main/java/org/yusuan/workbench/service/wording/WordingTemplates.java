package org.yusuan.workbench.service.wording;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.workbench.calc.ledger.TableTemplate;
import org.yusuan.workbench.calc.narrative.NarrativeTemplate;
import org.yusuan.workbench.domain.publication.Wording;
import org.yusuan.workbench.report.booklet.BookletTemplate;
import org.yusuan.workbench.text.Texts;

/**
 * The shipped wording templates (部门预算, and 单位预算 for a department that publishes as one unit) and
 * the rules a file's wording keeps: the keys of the year's template and no other, every placeholder
 * the engine fills ({year}, ${收入总计} …) kept, no placeholder the engine does not know.
 */
public final class WordingTemplates {

    private static final Texts TEXTS = Texts.of("org.yusuan.workbench.service");

    /** The longest text the file keeps (the 名词解释 are a few hundred characters). */
    public static final int MAX_TEXT_LENGTH = 4000;

    /** Placeholders: ${name} (情况说明), {{chart:…}} (where a chart goes), {name} (titles, booklet). */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^}]+}|\\{\\{[^}]+}}|(?<![${])\\{[^{}\\s]+}");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n]]");
    private static final String GLOSSARY = BookletTemplate.WORDING_PREFIX + "glossary.";

    /** Which shipped template a file's wording was started from. */
    public enum Variant {
        /** 部门预算 / 部门名称 / 部门各单位: the sample's wording. */
        DEPARTMENT,
        /** 单位预算 / 单位名称, for a department that publishes as a single unit. */
        UNIT;

        /** The origin its texts carry in the file ({@code shipped:2023:UNIT}). */
        public String origin(int year) {
            return "shipped:" + year + ":" + name();
        }
    }

    private WordingTemplates() {
    }

    /** The shipped 部门预算 texts of a budget year, in the order of the template (tables, 情况说明, booklet). */
    public static Map<String, String> shippedTexts(int year) {
        Map<String, String> texts = new LinkedHashMap<>(TableTemplate.shippedTexts(year));
        texts.putAll(NarrativeTemplate.shippedTexts(year));
        texts.putAll(BookletTemplate.shippedTexts(year));
        return texts;
    }

    /** A shipped template of a budget year, every text marked as coming from it. */
    public static Wording shipped(int year, Variant variant) {
        Map<String, String> texts = shippedTexts(year);
        if (variant == Variant.UNIT) {
            List<String[]> replacements = unitReplacements();
            texts.replaceAll((key, text) -> key.startsWith(GLOSSARY) ? text : unitWording(text, replacements));
        }
        return Wording.of(texts, variant.origin(year));
    }

    /**
     * Next year's wording from last year's stored one: the shipped template of {@code year} in the variant
     * last year's file was started from (部门 or 单位), with every text the accountant edited or imported
     * carried over where the new template has it and it passes the new year's check. A file that stored
     * none starts from the shipped 部门预算 template, as it printed.
     */
    public static Wording nextYear(Wording last, int year) {
        boolean unit = last.origins().values().stream().anyMatch(o -> o.equals(Variant.UNIT.origin(year - 1)));
        Wording next = shipped(year, unit ? Variant.UNIT : Variant.DEPARTMENT);
        for (var e : last.texts().entrySet()) {
            String origin = last.origins().get(e.getKey());
            boolean own = !origin.startsWith("shipped:");
            if (own && next.text(e.getKey()).isPresent()
                    && check(Map.of(e.getKey(), e.getValue()), year).isEmpty()) {
                next = next.with(e.getKey(), e.getValue(), origin);
            }
        }
        return next;
    }

    /** How many texts of {@code wording} are the accountant's own (edited or imported), not shipped. */
    public static long ownTexts(Wording wording) {
        return wording.origins().values().stream().filter(o -> !o.startsWith("shipped:")).count();
    }

    /**
     * What a file prints: its stored wording, or the shipped 部门预算 template of the year for a file
     * that has none (an older release's); a text the year's template has and the file lacks comes
     * from the shipped template too.
     */
    public static Wording effective(Wording stored, int year) {
        Wording shipped = shipped(year, Variant.DEPARTMENT);
        if (stored.isEmpty()) {
            return shipped;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, String> origins = new LinkedHashMap<>();
        shipped.texts().forEach((key, text) -> {
            texts.put(key, stored.text(key).orElse(text));
            origins.put(key, stored.text(key).isPresent() ? stored.origins().get(key) : shipped.origins().get(key));
        });
        return new Wording(texts, origins);
    }

    /**
     * Why {@code texts} cannot be a file's wording for {@code year}, one sentence per refused text,
     * each naming it; empty when every text may be stored.
     */
    public static List<String> check(Map<String, String> texts, int year) {
        Map<String, String> shipped = shippedTexts(year);
        Set<String> narrativeNames = new LinkedHashSet<>();
        shipped.forEach((key, text) -> {
            if (key.startsWith(NarrativeTemplate.WORDING_PREFIX)) {
                narrativeNames.addAll(placeholders(text));
            }
        });
        List<String> problems = new ArrayList<>();
        texts.forEach((key, text) -> {
            String original = shipped.get(key);
            if (original == null) {
                problems.add(TEXTS.get("wording.unknownKey", key));
                return;
            }
            String label = label(key);
            if (text.isBlank() && !original.isBlank()) {
                problems.add(TEXTS.get("wording.empty", label));
            } else if (text.length() > MAX_TEXT_LENGTH) {
                problems.add(TEXTS.get("wording.tooLong", label, text.length(), MAX_TEXT_LENGTH));
            } else if (CONTROL.matcher(text).find()) {
                problems.add(TEXTS.get("wording.control", label));
            } else {
                Set<String> used = placeholders(text);
                List<String> missing = placeholders(original).stream().filter(p -> !used.contains(p)).toList();
                Set<String> allowed = key.startsWith(NarrativeTemplate.WORDING_PREFIX) ? narrativeNames
                        : placeholders(original);
                List<String> unknown = used.stream().filter(p -> !allowed.contains(p)).toList();
                if (!missing.isEmpty()) {
                    problems.add(TEXTS.get("wording.placeholderMissing", label, String.join(" ", missing)));
                } else if (!unknown.isEmpty()) {
                    problems.add(TEXTS.get("wording.placeholderUnknown", label, String.join(" ", unknown)));
                } else if (count(text, "[[") != count(text, "]]")) {
                    problems.add(TEXTS.get("wording.brackets", label));
                }
            }
        });
        return problems;
    }

    /** The placeholders of a text, in order. */
    public static Set<String> placeholders(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** How a text is named to the accountant ("预算公开表10的标题", "情况说明第三节的正文" …). */
    public static String label(String key) {
        Matcher table = Pattern.compile("table\\.t(\\d+)\\.title").matcher(key);
        Matcher section = Pattern.compile("narrative\\.s(\\d+)\\.(title|text)").matcher(key);
        Matcher glossary = Pattern.compile("booklet\\.glossary\\.(\\d+)\\.(term|text)").matcher(key);
        if (table.matches()) {
            return TEXTS.get("wording.label.table", Integer.parseInt(table.group(1)));
        } else if (section.matches()) {
            int n = Integer.parseInt(section.group(1));
            return section.group(2).equals("title") ? TEXTS.get("wording.label.sectionTitle", n)
                    : TEXTS.get("wording.label.sectionText", n);
        } else if (glossary.matches()) {
            int n = Integer.parseInt(glossary.group(1));
            return glossary.group(2).equals("term") ? TEXTS.get("wording.label.glossaryTerm", n)
                    : TEXTS.get("wording.label.glossaryText", n);
        }
        return TEXTS.get("wording.label.other", key);
    }

    private static int count(String text, String token) {
        int n = 0;
        for (int i = text.indexOf(token); i >= 0; i = text.indexOf(token, i + token.length())) {
            n++;
        }
        return n;
    }

    /** The 单位预算 wording of a 部门预算 text. */
    private static String unitWording(String text, List<String[]> replacements) {
        String unit = text;
        for (String[] r : replacements) {
            unit = unit.replace(r[0], r[1]);
        }
        return unit;
    }

    private static List<String[]> unitReplacements() {
        try (InputStream in = WordingTemplates.class.getResourceAsStream("unit.txt")) {
            List<String[]> replacements = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int arrow = line.indexOf("=>");
                if (!line.startsWith("#") && arrow > 0) {
                    replacements.add(new String[] {line.substring(0, arrow), line.substring(arrow + 2).strip()});
                }
            }
            return replacements;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
