package org.yusuan.workbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The workstation's strings all come from the bundles, and the bundles hold exactly the strings it uses. */
class MessagesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/yusuan/workbench/app");
    private static final Path BUNDLES = Path.of("src/main/resources/org/yusuan/workbench/app");

    /** Comments, text blocks, string and char literals, in source order. */
    private static final Pattern TOKEN = Pattern.compile(
            "//[^\\n]*|/\\*.*?\\*/|\"\"\"(?:.|\\n)*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'",
            Pattern.DOTALL);
    private static final Pattern GET = Pattern.compile("Messages\\.get\\(\\s*\"([^\"]+)\"\\s*[,)]");
    private static final Pattern CJK = Pattern.compile("[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]");
    /** Looks like a bundle key: {@code <screen>.<element>}. */
    private static final Pattern KEY_LIKE = Pattern.compile("[a-z][A-Za-z]*(\\.[A-Za-z0-9_]+)+\\.?");

    /**
     * Keys built at run time from a literal prefix plus an enum or field name, so they never appear whole
     * as a literal.
     */
    private static final Set<String> DYNAMIC_KEYS = Set.of(
            // FundPart: "forms.fund." + name().toLowerCase()
            "forms.fund.total", "forms.fund.central", "forms.fund.provincial", "forms.fund.local",
            "forms.fund.self_raised", "forms.fund.other",
            // FormField: "forms.field." + key
            "forms.field.overview", "forms.field.basis", "forms.field.necessity", "forms.field.safeguards",
            "forms.field.plan", "forms.field.goalImplementation", "forms.field.goalYear",
            "forms.field.personInCharge", "forms.field.handler", "forms.field.phone", "forms.field.filledOn",
            // PersonnelCalcView: "dept.calc.rate." + contribution.name()
            "dept.calc.rate.PENSION", "dept.calc.rate.OCCUPATIONAL_ANNUITY", "dept.calc.rate.MEDICAL",
            "dept.calc.rate.HOUSING_FUND");

    /**
     * CJK literals that stay in the code, by file: they are not shown as such but match the domain's
     * own (Chinese) texts, which come from the calculation, not from the bundle.
     */
    private static final Map<String, Set<String>> ALLOWED_CJK = Map.of(
            // shortTitle(n): strips the year and the note from the disclosure tables' own titles
            "shell/MainWindow.java", Set.of("^\\\\d{4}年", "（不含上年结转）"),
            // the glyphs the self-check asks the chart font to draw
            "SelfCheck.java", Set.of("预算编制工作台"));

    private record Literal(String file, String text) {
    }

    @Test
    void everyKeyPassedToMessagesGetExistsInBothBundles() throws IOException {
        Properties zh = load("messages_zh_CN.properties");
        Properties en = load("messages_en.properties");
        Set<String> used = new TreeSet<>();
        for (String code : strippedSources().values()) {
            Matcher m = GET.matcher(code);
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        // keys handed to helpers (Fields.section("dept.units.units"), get("forms.funds"), ternaries, ...)
        for (Literal literal : literals()) {
            if (KEY_LIKE.matcher(literal.text()).matches() && !literal.text().endsWith(".")
                    && zh.stringPropertyNames().stream().anyMatch(k -> k.startsWith(prefix(literal.text())))) {
                used.add(literal.text());
            }
        }
        assertThat(used).hasSizeGreaterThan(300);
        assertThat(used).allSatisfy(key -> {
            assertThat(zh.stringPropertyNames()).as("zh_CN").contains(key);
            assertThat(en.stringPropertyNames()).as("en").contains(key);
        });
    }

    @Test
    void everyKeyInTheBundleIsUsed() throws IOException {
        Set<String> literals = new TreeSet<>();
        literals().forEach(l -> literals.add(l.text()));
        List<String> unused = load("messages_zh_CN.properties").stringPropertyNames().stream()
                .filter(key -> !literals.contains(key) && !DYNAMIC_KEYS.contains(key)).sorted().toList();
        assertThat(unused).isEmpty();
        for (String key : DYNAMIC_KEYS) {
            String prefix = key.substring(0, key.lastIndexOf('.') + 1);
            assertThat(literals).as("the literal prefix of " + key).contains(prefix);
        }
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(load("messages_en.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(load("messages_zh_CN.properties").stringPropertyNames()));
    }

    @Test
    void theBaseBundleIsTheChineseOne() throws IOException {
        assertThat(Files.readAllBytes(BUNDLES.resolve("messages.properties")))
                .isEqualTo(Files.readAllBytes(BUNDLES.resolve("messages_zh_CN.properties")));
    }

    @Test
    void englishPatternsWithArgumentsHaveNoLoneQuotes() throws IOException {
        Properties en = load("messages_en.properties");
        for (String key : en.stringPropertyNames()) {
            String value = en.getProperty(key);
            if (value.matches("(?s).*\\{\\d.*")) {
                assertThat(value.replace("''", "")).as(key).doesNotContain("'");
            }
        }
    }

    @Test
    void noChineseStringLiteralIsLeftInTheWorkstation() throws IOException {
        List<String> left = new ArrayList<>();
        for (Literal literal : literals()) {
            if (CJK.matcher(literal.text()).find()
                    && !ALLOWED_CJK.getOrDefault(literal.file(), Set.of()).contains(literal.text())) {
                left.add(literal.file() + ": \"" + literal.text() + "\"");
            }
        }
        assertThat(left).isEmpty();
    }

    private static String prefix(String key) {
        return key.substring(0, key.indexOf('.') + 1);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    /** Each source file (relative to app/, with '/') with its comments blanked out. */
    private static Map<String, String> strippedSources() throws IOException {
        Map<String, String> sources = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : sources().entrySet()) {
            Matcher m = TOKEN.matcher(file.getValue());
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, m.group().startsWith("/") ? " " : Matcher.quoteReplacement(m.group()));
            }
            m.appendTail(out);
            sources.put(file.getKey(), out.toString());
        }
        return sources;
    }

    /** String literals (their source text between the quotes) outside comments. */
    private static List<Literal> literals() throws IOException {
        List<Literal> literals = new ArrayList<>();
        for (Map.Entry<String, String> file : sources().entrySet()) {
            Matcher m = TOKEN.matcher(file.getValue());
            while (m.find()) {
                String token = m.group();
                if (token.startsWith("\"\"\"")) {
                    literals.add(new Literal(file.getKey(), token.substring(3, token.length() - 3)));
                } else if (token.startsWith("\"")) {
                    literals.add(new Literal(file.getKey(), token.substring(1, token.length() - 1)));
                }
            }
        }
        return literals;
    }

    private static Map<String, String> sources() throws IOException {
        Map<String, String> sources = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path path : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                sources.put(SOURCES.relativize(path).toString().replace('\\', '/'),
                        Files.readString(path, StandardCharsets.UTF_8));
            }
        }
        return sources;
    }
}
