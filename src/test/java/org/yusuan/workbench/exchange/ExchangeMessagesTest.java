package org.yusuan.workbench.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The exchange bundle: Chinese base, a byte-identical zh_CN, a complete English, and every key used exists. */
class ExchangeMessagesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/yusuan/workbench/exchange");
    private static final Path SOURCES = Path.of("src/main/java/org/yusuan/workbench");
    private static final Pattern SAY = Pattern.compile("say\\(\\s*\"([^\"]+)\"");

    @Test
    void chineseIsTheBaseAndZhCnIsTheSameFile() throws IOException {
        assertThat(Files.readAllBytes(BUNDLES.resolve("messages_zh_CN.properties")))
                .isEqualTo(Files.readAllBytes(BUNDLES.resolve("messages.properties")));
    }

    @Test
    void englishHasExactlyTheKeysOfChineseAndNoApostrophes() throws IOException {
        Properties zh = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertThat(new TreeSet<>(en.stringPropertyNames())).isEqualTo(new TreeSet<>(zh.stringPropertyNames()));
        // MessageFormat eats a single quote: a sentence with one would lose text.
        en.values().forEach(v -> assertThat(v.toString()).doesNotContain("'"));
    }

    @Test
    void everyKeySaidInTheCodeIsInTheBundle() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (!text.contains("ExchangeTexts")) {
                    continue;
                }
                Matcher m = SAY.matcher(text);
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(keys).containsAll(used);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
