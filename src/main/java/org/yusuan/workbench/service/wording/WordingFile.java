package org.yusuan.workbench.service.wording;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yusuan.workbench.domain.publication.Wording;
import org.yusuan.workbench.text.Texts;

/**
 * A wording template as a file a bureau hands to its units (docs/data-formats.md, 文本与标题模板):
 * UTF-8 text, one {@code key=text} per line, {@code #} comments, {@code \n} for a line break and
 * {@code \\} for a backslash. Read strictly: a file over 1 MB, not UTF-8, with a DOCTYPE (the XML
 * form of properties is not accepted), a line that is not {@code key=text}, an unknown or repeated
 * key or an unknown escape is refused as a whole.
 */
public final class WordingFile {

    private static final Texts TEXTS = Texts.of("org.yusuan.workbench.service");

    /** Larger than any template (about 20 KB) by far. */
    public static final long MAX_BYTES = 1024 * 1024;

    /** What a file holds: its texts, or why it was refused (then no text). */
    public record Read(Map<String, String> texts, List<String> problems) {
    }

    private WordingFile() {
    }

    /** Writes every text of {@code wording}, grouped as the template orders them. */
    public static void write(Wording wording, Path target) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("# yusuan wording template, UTF-8 (docs/data-formats.md)\n");
        String group = "";
        for (var text : wording.texts().entrySet()) {
            String g = text.getKey().substring(0, text.getKey().indexOf('.'));
            if (!g.equals(group)) {
                out.append('\n').append("# ").append(g).append('\n');
                group = g;
            }
            out.append(text.getKey()).append('=').append(escape(text.getValue())).append('\n');
        }
        Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), ".wording", ".tmp");
        try {
            Files.writeString(temp, out, StandardCharsets.UTF_8);
            Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Reads a template file for {@code year}: every text, or every reason it was refused. */
    public static Read read(Path file, int year) throws IOException {
        String name = file.getFileName().toString();
        if (!Files.exists(file)) {
            throw new IOException(TEXTS.get("wording.file.missing", file));
        }
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            return refused(TEXTS.get("wording.file.tooLarge", name, size));
        }
        String content;
        try {
            content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            return refused(TEXTS.get("wording.file.notUtf8", name));
        }
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        if (content.toUpperCase(Locale.ROOT).contains("<!DOCTYPE") || content.stripLeading().startsWith("<")) {
            return refused(TEXTS.get("wording.file.xml", name));
        }
        Map<String, String> known = WordingTemplates.shippedTexts(year);
        Map<String, String> texts = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                problems.add(TEXTS.get("wording.file.badLine", name, i + 1));
                continue;
            }
            String key = line.substring(0, eq).strip();
            String value = unescape(line.substring(eq + 1));
            if (!known.containsKey(key)) {
                problems.add(TEXTS.get("wording.file.unknownKey", name, i + 1, key));
            } else if (texts.containsKey(key)) {
                problems.add(TEXTS.get("wording.file.repeated", name, i + 1, key));
            } else if (value == null) {
                problems.add(TEXTS.get("wording.file.badEscape", name, i + 1, key));
            } else {
                texts.put(key, value);
            }
        }
        if (problems.isEmpty() && texts.isEmpty()) {
            problems.add(TEXTS.get("wording.file.empty", name));
        }
        if (problems.isEmpty()) {
            WordingTemplates.check(texts, year).forEach(p -> problems.add(TEXTS.get("wording.file.text", name, p)));
        }
        return problems.isEmpty() ? new Read(texts, List.of()) : new Read(Map.of(), problems);
    }

    private static Read refused(String problem) {
        return new Read(Map.of(), List.of(problem));
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\r", "").replace("\n", "\\n");
    }

    /** The text of an escaped value; null for an unknown escape. */
    static String unescape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\\') {
                out.append(c);
            } else if (i + 1 < value.length() && value.charAt(i + 1) == 'n') {
                out.append('\n');
                i++;
            } else if (i + 1 < value.length() && value.charAt(i + 1) == '\\') {
                out.append('\\');
                i++;
            } else {
                return null;
            }
        }
        return out.toString();
    }
}
