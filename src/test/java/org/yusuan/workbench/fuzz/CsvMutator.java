package org.yusuan.workbench.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Mutations of a CSV sheet (a catalog file, or one sheet of a CSV workbook folder). */
final class CsvMutator {

    private CsvMutator() {
    }

    record Mutated(byte[] bytes, String label) {
    }

    static Mutated mutate(byte[] in, Random random) {
        String text = new String(in, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int line = lines.isEmpty() ? 0 : random.nextInt(lines.size());
        switch (random.nextInt(14)) {
            case 0 -> {
                lines.remove(line);
                return join(lines, "drop line");
            }
            case 1 -> {
                lines.add(line, lines.get(line));
                return join(lines, "duplicate line");
            }
            case 2, 3, 4 -> {
                lines.set(line, withField(lines.get(line), random, quoted(Values.any(random))));
                return join(lines, "field value");
            }
            case 5 -> {
                lines.set(line, lines.get(line) + "," + quoted(Values.any(random)));
                return join(lines, "extra field");
            }
            case 6 -> {
                String l = lines.get(line);
                int comma = l.lastIndexOf(',');
                lines.set(line, comma < 0 ? "" : l.substring(0, comma));
                return join(lines, "missing field");
            }
            case 7 -> {
                lines.set(line, withField(lines.get(line), random, "\"unterminated"));
                return join(lines, "open quote");
            }
            case 8 -> {
                lines.set(0, withField(lines.get(0), random, Values.pick(random, List.of("", "分类", "科目编码", "金额（元）",
                        "单位编码", " 科目名称 ", "\uFEFF分类", "年度"))));
                return join(lines, "header");
            }
            case 9 -> {
                byte[] bom = random.nextBoolean() ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
                        : new byte[] {(byte) 0xFF, (byte) 0xFE};
                return new Mutated(ByteMutator.concat(bom, in), "BOM");
            }
            case 10 -> {
                return new Mutated(text.replace("\n", random.nextBoolean() ? "\r" : "\r\n").getBytes(StandardCharsets.UTF_8),
                        "line endings");
            }
            case 11 -> {
                // Invalid UTF-8, or the file saved in GBK as Excel on a Chinese Windows does.
                byte[] gbk = text.getBytes(java.nio.charset.Charset.forName("GBK"));
                return new Mutated(random.nextBoolean() ? gbk : ByteMutator.concat(in, new byte[] {(byte) 0xC3, 0x28}),
                        "encoding");
            }
            case 12 -> {
                lines.set(line, lines.get(line).replace(',', random.nextBoolean() ? '\t' : '，'));
                return join(lines, "delimiter");
            }
            default -> {
                lines.add(line, "\"多行\n值\",\"a\"\"b\"," + quoted(Values.huge(random)));
                return join(lines, "quoted newline/huge");
            }
        }
    }

    private static String withField(String line, Random random, String value) {
        String[] fields = line.split(",", -1);
        fields[random.nextInt(fields.length)] = value;
        return String.join(",", fields);
    }

    private static String quoted(String value) {
        return value.matches("[^,\"\r\n]*") ? value : "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static Mutated join(List<String> lines, String label) {
        return new Mutated(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), label);
    }
}
