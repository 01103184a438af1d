package org.yusuan.workbench.exchange.submission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The small, strict JSON the package descriptor needs: objects, arrays, strings, integers, booleans
 * and null. Written here rather than adding a JSON library for one descriptor; the parser refuses
 * anything outside that subset (fractions, trailing commas, duplicate keys, text after the value), so
 * a descriptor is read one way only. Objects keep their key order, which makes the output stable.
 */
final class Json {

    /** Thrown on input that is not in the subset; the message is for developers, callers say it in words. */
    static final class Malformed extends Exception {
        Malformed(String what, int at) {
            super(what + " at " + at);
        }
    }

    private final String text;
    private int at;

    private Json(String text) {
        this.text = text;
    }

    /** Maps (LinkedHashMap), lists, strings, Long, Boolean or null. */
    static Object parse(String text) throws Malformed {
        Json json = new Json(text);
        json.blanks();
        Object value = json.value(0);
        json.blanks();
        if (json.at != text.length()) {
            throw new Malformed("text after the value", json.at);
        }
        return value;
    }

    /** Pretty-printed with two-space indents and a final newline. */
    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, "");
        return out.append('\n').toString();
    }

    private static void write(StringBuilder out, Object value, String indent) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            quote(out, s);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            int i = 0;
            for (var e : map.entrySet()) {
                out.append(indent).append("  ");
                quote(out, (String) e.getKey());
                out.append(": ");
                write(out, e.getValue(), indent + "  ");
                out.append(++i < map.size() ? ",\n" : "\n");
            }
            out.append(indent).append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append("[\n");
            for (int i = 0; i < list.size(); i++) {
                out.append(indent).append("  ");
                write(out, list.get(i), indent + "  ");
                out.append(i + 1 < list.size() ? ",\n" : "\n");
            }
            out.append(indent).append(']');
        } else {
            throw new IllegalArgumentException("not JSON: " + value.getClass());
        }
    }

    private static void quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private Object value(int depth) throws Malformed {
        if (depth > 32) {
            throw new Malformed("nested too deep", at);
        }
        if (at >= text.length()) {
            throw new Malformed("value expected", at);
        }
        char c = text.charAt(at);
        if (c == '{') {
            return object(depth);
        }
        if (c == '[') {
            return array(depth);
        }
        if (c == '"') {
            return string();
        }
        if (c == '-' || Character.isDigit(c)) {
            return integer();
        }
        for (var word : List.of("true", "false", "null")) {
            if (text.startsWith(word, at)) {
                at += word.length();
                return word.equals("null") ? null : Boolean.valueOf(word);
            }
        }
        throw new Malformed("unexpected character", at);
    }

    private Map<String, Object> object(int depth) throws Malformed {
        Map<String, Object> map = new LinkedHashMap<>();
        at++;
        blanks();
        if (peek('}')) {
            at++;
            return map;
        }
        while (true) {
            blanks();
            if (!peek('"')) {
                throw new Malformed("key expected", at);
            }
            String key = string();
            blanks();
            expect(':');
            blanks();
            if (map.containsKey(key)) {
                throw new Malformed("duplicate key " + key, at);
            }
            map.put(key, value(depth + 1));
            blanks();
            if (peek(',')) {
                at++;
                continue;
            }
            expect('}');
            return map;
        }
    }

    private List<Object> array(int depth) throws Malformed {
        List<Object> list = new ArrayList<>();
        at++;
        blanks();
        if (peek(']')) {
            at++;
            return list;
        }
        while (true) {
            blanks();
            list.add(value(depth + 1));
            blanks();
            if (peek(',')) {
                at++;
                continue;
            }
            expect(']');
            return list;
        }
    }

    private String string() throws Malformed {
        at++;
        StringBuilder out = new StringBuilder();
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw new Malformed("control character in string", at);
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (at >= text.length()) {
                break;
            }
            char e = text.charAt(at++);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (at + 4 > text.length()) {
                        throw new Malformed("short escape", at);
                    }
                    try {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    } catch (NumberFormatException x) {
                        throw new Malformed("bad escape", at);
                    }
                    at += 4;
                }
                default -> throw new Malformed("bad escape", at);
            }
        }
        throw new Malformed("unterminated string", at);
    }

    private Long integer() throws Malformed {
        int start = at;
        if (peek('-')) {
            at++;
        }
        while (at < text.length() && Character.isDigit(text.charAt(at))) {
            at++;
        }
        if (at < text.length() && ".eE".indexOf(text.charAt(at)) >= 0) {
            throw new Malformed("only integers are allowed", at);
        }
        try {
            return Long.parseLong(text.substring(start, at));
        } catch (NumberFormatException e) {
            throw new Malformed("bad number", start);
        }
    }

    private void blanks() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private boolean peek(char c) {
        return at < text.length() && text.charAt(at) == c;
    }

    private void expect(char c) throws Malformed {
        if (!peek(c)) {
            throw new Malformed("'" + c + "' expected", at);
        }
        at++;
    }
}
