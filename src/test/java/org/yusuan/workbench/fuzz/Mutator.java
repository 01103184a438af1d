package org.yusuan.workbench.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Picks and stacks mutations for one execution: mostly structure-aware (zip entries, sheet XML,
 * cell values, CSV fields), some byte-level. Stacking one to four lets a value mutation ride on a
 * structural one, which single mutations of a valid file rarely reach.
 */
final class Mutator {

    /** Inputs above this are not produced: the limits belong to the import, not to a huge corpus. */
    static final int MAX_BYTES = 8 << 20;
    private static final Pattern OVERRIDE = Pattern.compile("<Override\\b[^>]*/>");
    private static final List<String> PART_NAMES = List.of("xl/workbook.xml", "xl/worksheets/sheet1.xml",
            "xl/worksheets/sheet2.xml", "xl/sharedStrings.xml", "xl/styles.xml", "[Content_Types].xml",
            "_rels/.rels", "xl/_rels/workbook.xml.rels", "../outside.xml", "XL/WORKBOOK.XML", "xl//workbook.xml",
            "部门.csv", "基本支出.csv", "项目.csv", "单位.csv", "x.csv", ".csv", "部门.CSV");

    private Mutator() {
    }

    static FuzzInput mutate(FuzzInput input, List<FuzzInput> corpus, Random random) {
        FuzzInput current = input;
        int steps = 1 + random.nextInt(1 + random.nextInt(4));
        for (int i = 0; i < steps; i++) {
            FuzzInput other = corpus.get(random.nextInt(corpus.size()));
            FuzzInput next = once(current, other, random);
            if (next.bytes().length <= MAX_BYTES) {
                current = next;
            }
        }
        return current;
    }

    private static FuzzInput once(FuzzInput in, FuzzInput other, Random random) {
        if (in.kind() == FuzzInput.Kind.CSV) {
            if (random.nextInt(5) == 0) {
                ByteMutator.Mutated m = ByteMutator.mutate(in.bytes(), other.bytes(), random);
                return in.derive(m.bytes(), "bytes:" + m.label());
            }
            CsvMutator.Mutated m = CsvMutator.mutate(in.bytes(), random);
            return in.derive(m.bytes(), "csv:" + m.label());
        }
        List<Zip.Entry> entries = Zip.read(in.bytes());
        int roll = random.nextInt(100);
        if (entries == null || (in.kind() == FuzzInput.Kind.XLSX && roll < 15)) {
            byte[] base = entries != null && random.nextBoolean() ? Zip.write(entries, true) : in.bytes();
            ByteMutator.Mutated m = ByteMutator.mutate(base, other.bytes(), random);
            return in.derive(m.bytes(), "bytes:" + m.label());
        }
        boolean stored = in.kind() == FuzzInput.Kind.CSV_FOLDER || random.nextInt(3) == 0;
        if (roll < 32) {
            String label = entryLevel(entries, random);
            return in.derive(Zip.write(entries, stored), "zip:" + label);
        }
        int at = chooseEntry(entries, in.kind(), random);
        Zip.Entry entry = entries.get(at);
        String label;
        if (in.kind() == FuzzInput.Kind.CSV_FOLDER) {
            CsvMutator.Mutated m = CsvMutator.mutate(entry.data(), random);
            entries.set(at, new Zip.Entry(entry.name(), m.bytes()));
            label = "csv:" + entry.name() + ":" + m.label();
        } else {
            XmlMutator.Mutated m = XmlMutator.mutate(entry.text(), random);
            entries.set(at, entry.withText(m.xml()));
            label = "xml:" + entry.name() + ":" + m.label();
        }
        return in.derive(Zip.write(entries, stored), label);
    }

    /** Sheets most often, then shared strings and the workbook part, then anything. */
    private static int chooseEntry(List<Zip.Entry> entries, FuzzInput.Kind kind, Random random) {
        if (kind == FuzzInput.Kind.XLSX) {
            int roll = random.nextInt(100);
            String wanted = roll < 60 ? "xl/worksheets/" : roll < 80 ? "xl/sharedStrings.xml" : roll < 90 ? "xl/workbook.xml" : "";
            List<Integer> matching = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).name().startsWith(wanted)) {
                    matching.add(i);
                }
            }
            if (!matching.isEmpty()) {
                return matching.get(random.nextInt(matching.size()));
            }
        }
        return random.nextInt(entries.size());
    }

    private static String entryLevel(List<Zip.Entry> entries, Random random) {
        int i = random.nextInt(entries.size());
        Zip.Entry e = entries.get(i);
        switch (random.nextInt(8)) {
            case 0 -> {
                if (entries.size() > 1) {
                    entries.remove(i);
                }
                return "drop " + e.name();
            }
            case 1 -> {
                entries.add(random.nextInt(entries.size() + 1), e);
                return "duplicate " + e.name();
            }
            case 2 -> {
                String name = Values.pick(random, PART_NAMES);
                entries.set(i, new Zip.Entry(name, e.data()));
                return "rename " + e.name() + " -> " + name;
            }
            case 3 -> {
                int j = random.nextInt(entries.size());
                Zip.Entry f = entries.get(j);
                entries.set(i, new Zip.Entry(e.name(), f.data()));
                entries.set(j, new Zip.Entry(f.name(), e.data()));
                return "swap " + e.name() + " <-> " + f.name();
            }
            case 4 -> {
                entries.set(i, new Zip.Entry(e.name(), new byte[0]));
                return "empty " + e.name();
            }
            case 5 -> {
                String name = Values.pick(random, PART_NAMES);
                entries.add(new Zip.Entry(name, Values.any(random).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                return "add " + name;
            }
            default -> {
                for (int k = 0; k < entries.size(); k++) {
                    if (entries.get(k).name().equals("[Content_Types].xml")) {
                        String types = entries.get(k).text();
                        XmlMutator.Mutated dropped = XmlMutator.replaceOne(types, OVERRIDE, random, m -> "", "");
                        String changed = random.nextBoolean() && dropped != null ? dropped.xml()
                                : types.replaceFirst("ContentType=\"[^\"]*sheet[^\"]*\"",
                                        "ContentType=\"" + Values.pick(random, List.of("text/plain", "", "application/xml",
                                                "application/vnd.ms-excel.sheet.macroEnabled.main+xml")) + "\"");
                        entries.set(k, entries.get(k).withText(changed));
                        return "content types";
                    }
                }
                return "no content types";
            }
        }
    }
}
