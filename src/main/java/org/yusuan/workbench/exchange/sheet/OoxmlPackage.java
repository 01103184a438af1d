package org.yusuan.workbench.exchange.sheet;

import static org.yusuan.workbench.exchange.ExchangeTexts.say;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The gate every xlsx passes before any of its cells is read: the ZIP's central directory within
 * {@link SheetLimits} (parts, sizes, compression ratio), part names that stay inside the package,
 * no part twice, the content types, the workbook part, and for every sheet the workbook declares
 * its relationship and its part. What fails is refused as a whole, in a sentence naming the file.
 */
final class OoxmlPackage implements Closeable {

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** A sheet as the workbook declares it. */
    record SheetPart(String name, String part) {
    }

    private final String fileName;
    private final ZipFile zip;
    /** Part names by their lower case: OPC names are case-insensitive. */
    private final Map<String, ZipEntry> entries = new HashMap<>();
    private final List<SheetPart> sheets = new ArrayList<>();
    private String sharedStrings;
    private String styles;
    private boolean date1904;
    private long inflated;

    private OoxmlPackage(String fileName, ZipFile zip) {
        this.fileName = fileName;
        this.zip = zip;
    }

    static OoxmlPackage open(Path file) throws IOException, UnreadableFileException {
        String name = file.getFileName().toString();
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // a folder, a pipe or a device: reading a pipe would wait for ever
            throw new UnreadableFileException(say("file.notRegular", name));
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4);
        }
        if (head.length == 0) {
            throw new UnreadableFileException(say("file.empty", name));
        }
        if (java.util.Arrays.equals(head, OLE2)) {
            throw new UnreadableFileException(say("file.xls", name));
        }
        if (head.length < 4 || head[0] != 'P' || head[1] != 'K') {
            throw new UnreadableFileException(say("file.notXlsx", name, say("file.reason.notZip")));
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException | EOFException e) {
            // EOFException: the end record points past the end of the file (found by the fuzzer)
            throw new UnreadableFileException(say("file.damaged", name));
        }
        OoxmlPackage pkg = new OoxmlPackage(name, zip);
        try {
            pkg.checkEntries();
            pkg.readStructure();
            return pkg;
        } catch (UnreadableFileException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    List<SheetPart> sheets() {
        return sheets;
    }

    String fileName() {
        return fileName;
    }

    boolean date1904() {
        return date1904;
    }

    /** Parses a part; absent optional parts (null) are not parsed. */
    void parse(String part, DefaultHandler handler) throws UnreadableFileException {
        if (part == null) {
            return;
        }
        ZipEntry entry = entries.get(part.toLowerCase(Locale.ROOT));
        try (InputStream raw = zip.getInputStream(entry)) {
            Limited in = new Limited(raw, part);
            SafeXml.parse(fileName, part, in, handler);
            in.checkCrc(entry.getCrc());
        } catch (Limited.TooLarge e) {
            throw new UnreadableFileException(e.getMessage());
        } catch (IOException e) {
            // ZipException "invalid distance too far back", EOF in a truncated part, bytes that are not
            // UTF-8: the part is not what the directory promised.
            throw new UnreadableFileException(say("file.damagedPart", fileName, part));
        }
    }

    String sharedStringsPart() {
        return sharedStrings;
    }

    String stylesPart() {
        return styles;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private void checkEntries() throws UnreadableFileException {
        long total = 0;
        int count = 0;
        try {
            for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
                ZipEntry entry = all.nextElement();
                if (++count > SheetLimits.MAX_PARTS) {
                    throw refused(say("limit.parts", SheetLimits.MAX_PARTS));
                }
                String name = entry.getName();
                if (name.startsWith("/") || name.startsWith("\\") || name.contains("\\") || name.contains(":")
                        || ("/" + name + "/").contains("/../") || name.indexOf('\0') >= 0) {
                    throw new UnreadableFileException(say("file.unsafePath", fileName, name));
                }
                if (entries.put(name.toLowerCase(Locale.ROOT), entry) != null) {
                    throw new UnreadableFileException(say("file.duplicatePart", fileName, name));
                }
                long size = entry.getSize();
                if (size > SheetLimits.MAX_PART_BYTES) {
                    throw refused(say("limit.partSize", name, SheetLimits.megabytes(SheetLimits.MAX_PART_BYTES)));
                }
                total += Math.max(size, 0);
                if (total > SheetLimits.MAX_TOTAL_BYTES) {
                    throw refused(say("limit.totalSize", SheetLimits.megabytes(SheetLimits.MAX_TOTAL_BYTES)));
                }
                long compressed = entry.getCompressedSize();
                if (size > SheetLimits.RATIO_GRACE_BYTES && compressed > 0
                        && size / compressed > SheetLimits.MAX_RATIO) {
                    throw refused(say("limit.ratio", name, size / compressed, SheetLimits.MAX_RATIO));
                }
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            // a name that is not UTF-8, a directory record cut short: the JDK says so unchecked
            throw new UnreadableFileException(say("file.damaged", fileName));
        }
        if (!entries.containsKey("[content_types].xml")) {
            throw new UnreadableFileException(say("file.notXlsx", fileName, say("file.reason.noContentTypes")));
        }
    }

    private UnreadableFileException refused(String reason) {
        return new UnreadableFileException(say("file.beyondLimits", fileName, reason));
    }

    private void readStructure() throws UnreadableFileException {
        String workbook = officeDocument();
        if (workbook == null || !entries.containsKey(workbook.toLowerCase(Locale.ROOT))) {
            throw new UnreadableFileException(say("file.notXlsx", fileName, say("file.reason.noWorkbook")));
        }
        Map<String, String[]> rels = relationships(workbook);
        List<String[]> declared = new ArrayList<>();
        parse(workbook, new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes a) {
                if (local.equals("sheet")) {
                    declared.add(new String[] {a.getValue("name"), a.getValue(REL, "id")});
                } else if (local.equals("workbookPr")) {
                    date1904 = "1".equals(a.getValue("date1904")) || "true".equals(a.getValue("date1904"));
                }
            }
        });
        Map<String, Boolean> names = new HashMap<>();
        for (String[] sheet : declared) {
            String name = sheet[0] == null ? "" : sheet[0].strip();
            if (names.put(name.toLowerCase(Locale.ROOT), true) != null) {
                throw new UnreadableFileException(say("file.duplicateSheet", fileName, name));
            }
            String[] rel = sheet[1] == null ? null : rels.get(sheet[1]);
            if (rel == null || !entries.containsKey(rel[1].toLowerCase(Locale.ROOT))) {
                throw new UnreadableFileException(say("file.sheetPartMissing", fileName, name,
                        rel == null ? String.valueOf(sheet[1]) : rel[1]));
            }
            sheets.add(new SheetPart(name, rel[1]));
        }
        for (String[] rel : rels.values()) {
            if (rel[0].endsWith("/sharedStrings")) {
                sharedStrings = present(rel[1]);
            } else if (rel[0].endsWith("/styles")) {
                styles = present(rel[1]);
            }
        }
    }

    private String present(String part) throws UnreadableFileException {
        if (!entries.containsKey(part.toLowerCase(Locale.ROOT))) {
            throw new UnreadableFileException(say("file.partMissing", fileName, part));
        }
        return part;
    }

    /** The workbook part named by the package relationships (xl/workbook.xml in every known writer). */
    private String officeDocument() throws UnreadableFileException {
        if (!entries.containsKey("_rels/.rels")) {
            return "xl/workbook.xml";
        }
        return relationships("").values().stream().filter(r -> r[0].endsWith("/officeDocument"))
                .map(r -> r[1]).findFirst().orElse(null);
    }

    /** Relationship id → {type, resolved part name} of {@code part} ("" for the package). */
    private Map<String, String[]> relationships(String part) throws UnreadableFileException {
        int slash = part.lastIndexOf('/');
        String folder = slash < 0 ? "" : part.substring(0, slash + 1);
        String relsPart = folder + "_rels/" + part.substring(slash + 1) + ".rels";
        Map<String, String[]> rels = new LinkedHashMap<>();
        if (!entries.containsKey(relsPart.toLowerCase(Locale.ROOT))) {
            return rels;
        }
        parse(entries.get(relsPart.toLowerCase(Locale.ROOT)).getName(), new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes a) {
                String target = a.getValue("Target");
                if (local.equals("Relationship") && a.getValue("Id") != null && target != null
                        && !"External".equals(a.getValue("TargetMode"))) {
                    rels.put(a.getValue("Id"), new String[] {String.valueOf(a.getValue("Type")), resolve(folder, target)});
                }
            }
        });
        return rels;
    }

    /** A relationship target as a part name: absolute from the package root, or relative to the source's folder. */
    private static String resolve(String folder, String target) {
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                if (!segments.isEmpty()) {
                    segments.remove(segments.size() - 1);
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        return String.join("/", segments);
    }

    /** Counts what a part inflates to, whatever its header claimed, against both size limits. */
    private final class Limited extends FilterInputStream {

        static final class TooLarge extends IOException {
            TooLarge(String message) {
                super(message);
            }
        }

        private final String part;
        private final CRC32 crc = new CRC32();
        private long count;

        Limited(InputStream in, String part) {
            super(in);
            this.part = part;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                crc.update(b);
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                crc.update(buffer, offset, n);
                add(n);
            }
            return n;
        }

        /** The parser closes what it reads; the part stays open for {@link #checkCrc}. */
        @Override
        public void close() {
        }

        /**
         * Reads what the parser left and compares the CRC the directory recorded: ZipFile does not,
         * and a changed byte in a stored part would otherwise be read as a changed value.
         */
        void checkCrc(long expected) throws IOException {
            byte[] rest = new byte[8192];
            while (read(rest, 0, rest.length) >= 0) {
                // counted against the limits like the rest
            }
            if (expected != -1 && crc.getValue() != expected) {
                throw new ZipException("CRC mismatch");
            }
        }

        private void add(int n) throws TooLarge {
            count += n;
            inflated += n;
            if (count > SheetLimits.MAX_PART_BYTES) {
                throw new TooLarge(refused(say("limit.partSize", part,
                        SheetLimits.megabytes(SheetLimits.MAX_PART_BYTES))).getMessage());
            }
            if (inflated > SheetLimits.MAX_TOTAL_BYTES) {
                throw new TooLarge(refused(say("limit.totalSize",
                        SheetLimits.megabytes(SheetLimits.MAX_TOTAL_BYTES))).getMessage());
            }
        }
    }
}
