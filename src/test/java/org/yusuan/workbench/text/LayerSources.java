package org.yusuan.workbench.text;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One layer's code and bundle as {@link MessagesTest} reads them: {@code src/main/java/org/yusuan/workbench/<layer>}
 * (sub-packages included) and {@code src/main/resources/org/yusuan/workbench/<layer>/messages*.properties}.
 */
record LayerSources(String layer, Path code, Path bundles) {

    private static final Path JAVA = Path.of("src/main/java/org/yusuan/workbench");
    private static final Path RESOURCES = Path.of("src/main/resources/org/yusuan/workbench");

    /** Comments, text blocks, string and char literals, in source order. */
    private static final Pattern TOKEN = Pattern.compile(
            "//[^\\n]*|/\\*.*?\\*/|\"\"\"(?:.|\\n)*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'",
            Pattern.DOTALL);

    /** A string literal of one file (its source text between the quotes), outside comments. */
    record Literal(String file, String text) {
    }

    /** Every layer with a Chinese bundle: a layer that gets one (exchange) is checked without being named here. */
    static List<LayerSources> all() throws IOException {
        try (Stream<Path> dirs = Files.list(RESOURCES)) {
            return dirs.filter(dir -> Files.isRegularFile(dir.resolve("messages_zh_CN.properties")))
                    .map(dir -> dir.getFileName().toString()).sorted()
                    .map(layer -> new LayerSources(layer, JAVA.resolve(layer), RESOURCES.resolve(layer))).toList();
        }
    }

    @Override
    public String toString() {
        return layer;
    }

    Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(bundles.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    /** Each source file (relative to the layer, with '/') with its comments blanked out. */
    Map<String, String> strippedSources() throws IOException {
        Map<String, String> stripped = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : sources().entrySet()) {
            Matcher m = TOKEN.matcher(file.getValue());
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, m.group().startsWith("/") ? " " : Matcher.quoteReplacement(m.group()));
            }
            m.appendTail(out);
            stripped.put(file.getKey(), out.toString());
        }
        return stripped;
    }

    List<Literal> literals() throws IOException {
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

    private Map<String, String> sources() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(code)) {
            for (Path path : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                files.put(code.relativize(path).toString().replace('\\', '/'), Files.readString(path, StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
