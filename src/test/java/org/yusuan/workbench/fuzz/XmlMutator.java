package org.yusuan.workbench.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Structure-aware mutations of the parts of an xlsx: rows, cells, their references and types,
 * formulas, merged ranges, sheet names, DOCTYPEs. Text and regular expressions rather than a DOM,
 * so that a mutation can also leave the XML malformed, as a damaged file would be.
 */
final class XmlMutator {

    static final Pattern ROW = Pattern.compile("<row\\b[^>]*?(?:/>|>.*?</row>)", Pattern.DOTALL);
    static final Pattern CELL = Pattern.compile("<c\\b[^>]*?(?:/>|>.*?</c>)", Pattern.DOTALL);
    static final Pattern TEXT = Pattern.compile("(<t(?:\\s[^>]*)?>)(.*?)(</t>)", Pattern.DOTALL);
    static final Pattern VALUE = Pattern.compile("(<v>)(.*?)(</v>)", Pattern.DOTALL);
    static final Pattern SI = Pattern.compile("<si>.*?</si>", Pattern.DOTALL);
    static final Pattern SHEET = Pattern.compile("<sheet\\b[^>]*/>");
    private static final Pattern R_ATTR = Pattern.compile("\\br=\"[^\"]*\"");
    private static final Pattern T_ATTR = Pattern.compile("\\bt=\"[^\"]*\"");
    private static final Pattern NAME_ATTR = Pattern.compile("\\bname=\"[^\"]*\"");

    private static final List<String> ROW_REFS = List.of("0", "-1", "1", "2", "99999999", "1048576", "1048577",
            "2147483648", "abc", "", "1.5", "٣");
    private static final List<String> CELL_REFS = List.of("A-1", "A0", "XFD1", "XFE1", "AAAA1", "A99999999", "",
            "1A", "a1", "Z2147483648", "A1048577", "$A$1", "A", "B2:C3");
    private static final List<String> TYPES = List.of("s", "n", "e", "str", "b", "inlineStr", "d", "zzz", "");
    private static final List<String> ERRORS = List.of("#N/A", "#DIV/0!", "#REF!", "#VALUE!", "#NAME?", "#NUM!",
            "#NULL!", "#SPILL!", "#GETTING_DATA");
    private static final List<String> FORMULAS = List.of("<f>SUM(A1:A2)</f>", "<f>1/0</f>", "<f t=\"shared\" si=\"0\"/>",
            "<f t=\"shared\" ref=\"A1:A9\" si=\"7\">A1</f>", "<f t=\"array\" ref=\"A1:B2\">{1,2}</f>", "<f>NOSUCHFN()</f>",
            "<f>\"文本\"</f>", "<f>A1</f>");
    private static final List<String> MERGES = List.of("A1:C3", "A2:A3", "B2:B2", "A1:XFD1048576", "C3:A1", "A1",
            "ZZZ:1", "A2:B99999999");
    private static final List<String> SHEET_NAMES = List.of("", "基本支出", "项目", "部门", "x".repeat(40), "a/b",
            "💰", "𠀀", "'部门'", "部门 ", "History", "基本支出\u0000");
    private static final String DOCTYPES = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>";
    private static final String LAUGHS = "<!DOCTYPE x [<!ENTITY a \"哈哈哈哈哈哈哈哈\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
            + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;\">"
            + "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;\">]>";

    private XmlMutator() {
    }

    /** One mutation of {@code xml}; the returned label names it for the findings report. */
    static Mutated mutate(String xml, Random random) {
        for (int attempt = 0; attempt < 8; attempt++) {
            Mutated m = tryOnce(xml, random);
            if (m != null && !m.xml.equals(xml)) {
                return m;
            }
        }
        return new Mutated(truncate(xml, random), "truncate");
    }

    record Mutated(String xml, String label) {
    }

    private static Mutated tryOnce(String xml, Random random) {
        return switch (random.nextInt(22)) {
            case 0 -> replaceOne(xml, ROW, random, m -> "", "drop row");
            case 1 -> replaceOne(xml, ROW, random, m -> m + m, "duplicate row");
            case 2 -> replaceOne(xml, CELL, random, m -> "", "drop cell");
            case 3 -> replaceOne(xml, CELL, random, m -> m + m, "duplicate cell");
            case 4 -> attr(xml, ROW, R_ATTR, "r", Values.pick(random, ROW_REFS), random, "row r");
            case 5 -> attr(xml, CELL, R_ATTR, "r", Values.pick(random, CELL_REFS), random, "cell r");
            case 6 -> attr(xml, CELL, T_ATTR, "t", Values.pick(random, TYPES), random, "cell t");
            case 7 -> replaceOne(xml, CELL, random, m -> cellWith(m, "t=\"e\"", "<v>" + Values.pick(random, ERRORS)
                    + "</v>"), "error cell");
            case 8 -> replaceOne(xml, CELL, random, m -> cellWith(m, null, Values.pick(random, FORMULAS)), "formula no cache");
            case 9 -> replaceOne(xml, CELL, random, m -> cellWith(m, "t=\"inlineStr\"", "<is><t>"
                    + escape(Values.any(random)) + "</t></is>"), "inline string");
            case 10 -> replaceOne(xml, TEXT, random, m -> group(m, 1) + escape(Values.any(random)) + group(m, 3), "text value");
            case 11 -> replaceOne(xml, VALUE, random, m -> "<v>" + escape(Values.number(random)) + "</v>", "number value");
            case 12 -> replaceOne(xml, VALUE, random, m -> "<v>" + Values.pick(random, List.of("99999", "-1", "2147483648",
                    "1.5", "", "x")) + "</v>", "index value");
            case 13 -> merge(xml, random);
            case 14 -> doctype(xml, random);
            case 15 -> replaceOne(xml, SHEET, random, m -> NAME_ATTR.matcher(m).replaceFirst(Matcher.quoteReplacement(
                    "name=\"" + escape(Values.pick(random, SHEET_NAMES)) + "\"")), "sheet name");
            case 16 -> replaceOne(xml, SHEET, random, m -> random.nextBoolean() ? "" : m + m, "drop/duplicate sheet");
            case 17 -> replaceOne(xml, SI, random, m -> random.nextBoolean() ? "" : m + m, "drop/duplicate si");
            case 18 -> replaceOne(xml, CELL, random, m -> m.replaceFirst("\\bs=\"\\d+\"", "")
                    .replaceFirst("<c\\b", "<c s=\"" + Values.pick(random, List.of("1", "14", "999", "-1")) + "\""), "cell style");
            case 19 -> swapRows(xml, random);
            case 20 -> new Mutated(xml.replaceFirst("count=\"\\d+\"", "count=\"" + Values.pick(random,
                    List.of("0", "-1", "2147483647", "99999999999")) + "\""), "count attr");
            default -> new Mutated(truncate(xml, random), "truncate");
        };
    }

    interface Edit {
        String apply(String match);
    }

    static Mutated replaceOne(String xml, Pattern pattern, Random random, Edit edit, String label) {
        List<int[]> spans = spans(xml, pattern, 4000);
        if (spans.isEmpty()) {
            return null;
        }
        int[] s = spans.get(random.nextInt(spans.size()));
        String replaced = edit.apply(xml.substring(s[0], s[1]));
        return new Mutated(xml.substring(0, s[0]) + replaced + xml.substring(s[1]), label);
    }

    static List<int[]> spans(String xml, Pattern pattern, int max) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = pattern.matcher(xml);
        while (m.find() && spans.size() < max) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }

    private static Mutated attr(String xml, Pattern element, Pattern attribute, String name, String value, Random random,
                                String label) {
        return replaceOne(xml, element, random, m -> {
            String open = m.substring(0, m.indexOf('>') + 1);
            String rest = m.substring(open.length());
            Matcher a = attribute.matcher(open);
            String changed = a.find() ? open.substring(0, a.start()) + name + "=\"" + value + "\"" + open.substring(a.end())
                    : open.replaceFirst("^<(\\w+)", "<$1 " + name + "=\"" + value + "\"");
            return changed + rest;
        }, label + "=" + value);
    }

    /** The cell's opening tag with {@code type} (or none) and {@code body} as its only content. */
    private static String cellWith(String cell, String type, String body) {
        String open = cell.substring(0, cell.indexOf('>') + 1);
        String attrs = open.replaceFirst("/?>$", "").replaceFirst("\\s+t=\"[^\"]*\"", "");
        return attrs + (type == null ? "" : " " + type) + ">" + body + "</c>";
    }

    private static String group(String match, int group) {
        Matcher m = TEXT.matcher(match);
        return m.matches() ? m.group(group) : "";
    }

    private static Mutated merge(String xml, Random random) {
        int end = xml.indexOf("</sheetData>");
        if (end < 0) {
            return null;
        }
        String merges = "<mergeCells count=\"1\"><mergeCell ref=\"" + Values.pick(random, MERGES) + "\"/></mergeCells>";
        int at = end + "</sheetData>".length();
        return new Mutated(xml.substring(0, at) + merges + xml.substring(at), "merged range");
    }

    private static Mutated doctype(String xml, Random random) {
        int at = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        boolean laughs = random.nextBoolean();
        String withDoctype = xml.substring(0, at) + (laughs ? LAUGHS : DOCTYPES) + xml.substring(at);
        // Reference the entity where a cell's text is, so a parser that expands it puts it in a value.
        String ref = laughs ? "&f;" : "&e;";
        Matcher t = TEXT.matcher(withDoctype);
        String injected = t.find() ? withDoctype.substring(0, t.start(2)) + ref + withDoctype.substring(t.end(2)) : withDoctype;
        return new Mutated(injected, laughs ? "entity expansion" : "external entity");
    }

    private static Mutated swapRows(String xml, Random random) {
        List<int[]> rows = spans(xml, ROW, 4000);
        if (rows.size() < 2) {
            return null;
        }
        int i = random.nextInt(rows.size() - 1);
        int[] a = rows.get(i);
        int[] b = rows.get(i + 1);
        return new Mutated(xml.substring(0, a[0]) + xml.substring(b[0], b[1]) + xml.substring(a[1], b[0])
                + xml.substring(a[0], a[1]) + xml.substring(b[1]), "swap rows");
    }

    private static String truncate(String xml, Random random) {
        return xml.isEmpty() ? xml : xml.substring(0, random.nextInt(xml.length()));
    }

    /** XML-escaped, except that control characters go in raw: a damaged file may hold them. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
