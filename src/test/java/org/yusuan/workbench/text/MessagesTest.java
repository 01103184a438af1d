package org.yusuan.workbench.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every layer's sentences come from its bundle, and each bundle holds exactly the sentences its layer
 * uses, in Chinese and in English. Run for every {@code org/yusuan/workbench/<layer>/messages_zh_CN.properties}
 * there is ({@link LayerSources#all()}), so a layer that gets a bundle is checked from then on.
 */
class MessagesTest {

    /** A key handed to the accessor: the app's {@code Messages.get}, or a layer's {@code TEXTS.get}. */
    private static final Pattern GET = Pattern.compile("\\b(?:Messages\\.get|TEXTS\\.get|ExchangeTexts\\.say)\\(\\s*\"([^\"]+)\"\\s*[,)]");
    private static final Pattern BUNDLE_NAME = Pattern.compile("Texts\\.of\\(\\s*\"([^\"]*)\"");
    private static final Pattern CJK = Pattern.compile("[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]");
    /** Looks like a bundle key: {@code <area>.<what>}. */
    // a file name ("catalog.csv") is not a key, whatever its first word
    private static final Pattern KEY_LIKE = Pattern.compile("(?!.*\\.(?:csv|xlsx|json|pdf|properties|txt)$)[a-z][A-Za-z]*(\\.[A-Za-z0-9_-]+)+\\.?");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    static List<LayerSources> layers() throws IOException {
        return LayerSources.all();
    }

    @Test
    void theLayersWithBundlesAreFound() throws IOException {
        assertThat(layers()).map(LayerSources::layer).contains("app", "audit", "cli", "service", "store");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layers")
    void everyKeyTheCodeUsesExistsInBothBundles(LayerSources layer) throws IOException {
        Properties zh = layer.load("messages_zh_CN.properties");
        Properties en = layer.load("messages_en.properties");
        Set<String> used = new TreeSet<>();
        for (String code : layer.strippedSources().values()) {
            Matcher m = GET.matcher(code);
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        // keys handed to helpers (Fields.section("dept.units.units"), TableTerm labels, ternaries, ...)
        for (LayerSources.Literal literal : layer.literals()) {
            if (KEY_LIKE.matcher(literal.text()).matches() && !literal.text().endsWith(".")
                    && zh.stringPropertyNames().stream().anyMatch(k -> k.startsWith(prefix(literal.text())))) {
                used.add(literal.text());
            }
        }
        LayerRules.dynamicKeys(layer.layer()).forEach(d -> used.addAll(d.keys()));
        assertThat(used).isNotEmpty();
        assertThat(used).allSatisfy(key -> {
            assertThat(zh.stringPropertyNames()).as("zh_CN").contains(key);
            assertThat(en.stringPropertyNames()).as("en").contains(key);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layers")
    void everyKeyInTheBundleIsUsed(LayerSources layer) throws IOException {
        Set<String> literals = new TreeSet<>();
        layer.literals().forEach(l -> literals.add(l.text()));
        List<LayerRules.Dynamic> dynamic = LayerRules.dynamicKeys(layer.layer());
        List<String> unused = layer.load("messages_zh_CN.properties").stringPropertyNames().stream()
                .filter(key -> !literals.contains(key) && dynamic.stream().noneMatch(d -> d.keys().contains(key)))
                .sorted().toList();
        assertThat(unused).isEmpty();
        for (LayerRules.Dynamic d : dynamic) {
            if (d.prefix() != null) {
                assertThat(literals).as("the literal prefix of " + d.keys()).contains(d.prefix());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layers")
    void chineseAndEnglishHaveTheSameKeysAndArguments(LayerSources layer) throws IOException {
        Properties zh = layer.load("messages_zh_CN.properties");
        Properties en = layer.load("messages_en.properties");
        assertThat(new TreeSet<>(en.stringPropertyNames())).isEqualTo(new TreeSet<>(zh.stringPropertyNames()));
        // An argument one language leaves out is a figure or a name the reader of that language never sees.
        assertThat(zh.stringPropertyNames()).allSatisfy(key ->
                assertThat(arguments(en.getProperty(key))).as(key).isEqualTo(arguments(zh.getProperty(key))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layers")
    void theBaseBundleIsTheChineseOne(LayerSources layer) throws IOException {
        assertThat(Files.readAllBytes(layer.bundles().resolve("messages.properties")))
                .isEqualTo(Files.readAllBytes(layer.bundles().resolve("messages_zh_CN.properties")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layers")
    void patternsWithArgumentsAreValidAndHaveNoLoneQuotes(LayerSources layer) throws IOException {
        for (String name : List.of("messages_zh_CN.properties", "messages_en.properties")) {
            Properties bundle = layer.load(name);
            for (String key : bundle.stringPropertyNames()) {
                String value = bundle.getProperty(key);
                if (ARGUMENT.matcher(value).find()) {
                    assertThat(value.replace("''", "")).as(name + " " + key).doesNotContain("'");
                    new MessageFormat(value);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layers")
    void theLayerReadsOnlyItsOwnBundle(LayerSources layer) throws IOException {
        for (Map.Entry<String, String> file : layer.strippedSources().entrySet()) {
            Matcher m = BUNDLE_NAME.matcher(file.getValue());
            while (m.find()) {
                assertThat(m.group(1)).as(file.getKey()).isEqualTo("org.yusuan.workbench." + layer.layer());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layers")
    void noChineseStringLiteralIsLeftButTheAllowedOnes(LayerSources layer) throws IOException {
        Map<String, Set<String>> allowed = LayerRules.allowedCjk(layer.layer());
        List<String> left = new ArrayList<>();
        List<String> literals = new ArrayList<>();
        for (LayerSources.Literal literal : layer.literals()) {
            literals.add(literal.file() + ": " + literal.text());
            Set<String> allowedHere = allowed.getOrDefault(literal.file(), Set.of());
            if (CJK.matcher(literal.text()).find() && !allowedHere.contains(LayerRules.WHOLE_FILE)
                    && !allowedHere.contains(literal.text())) {
                left.add(literal.file() + ": \"" + literal.text() + "\"");
            }
        }
        assertThat(left).isEmpty();
        // An allowance outlives its literal only by mistake.
        allowed.forEach((file, texts) -> texts.forEach(text -> assertThat(literals).as(file)
                .anyMatch(l -> text.equals(LayerRules.WHOLE_FILE) ? l.startsWith(file + ": ") : l.equals(file + ": " + text))));
    }

    private static Set<String> arguments(String pattern) {
        Set<String> arguments = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            arguments.add(m.group(1));
        }
        return arguments;
    }

    private static String prefix(String key) {
        return key.substring(0, key.indexOf('.') + 1);
    }
}
