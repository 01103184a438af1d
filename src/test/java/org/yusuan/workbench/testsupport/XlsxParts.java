package org.yusuan.workbench.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The parts (ZIP entries) of an xlsx file as editable bytes, for building damaged and hostile
 * workbooks from a valid one: replace a sheet's XML, drop a part, add one, write it back.
 */
public final class XlsxParts {

    private final Map<String, byte[]> parts = new LinkedHashMap<>();

    private XlsxParts() {
    }

    public static XlsxParts of(Path xlsx) {
        XlsxParts book = new XlsxParts();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(xlsx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                book.parts.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return book;
    }

    /** The part name of a sheet, found through xl/workbook.xml and its relationships. */
    public String sheetPart(String sheetName) {
        Matcher sheet = Pattern.compile("<sheet [^>]*name=\"" + Pattern.quote(sheetName) + "\"[^>]*r:id=\"([^\"]+)\"")
                .matcher(text("xl/workbook.xml"));
        if (!sheet.find()) {
            throw new IllegalArgumentException("no sheet " + sheetName);
        }
        Matcher rel = Pattern.compile("<Relationship [^>]*Id=\"" + sheet.group(1) + "\"[^>]*Target=\"([^\"]+)\"|"
                + "<Relationship [^>]*Target=\"([^\"]+)\"[^>]*Id=\"" + sheet.group(1) + "\"")
                .matcher(text("xl/_rels/workbook.xml.rels"));
        if (!rel.find()) {
            throw new IllegalArgumentException("no relationship " + sheet.group(1));
        }
        String target = rel.group(1) != null ? rel.group(1) : rel.group(2);
        return target.startsWith("/") ? target.substring(1) : "xl/" + target;
    }

    public String text(String part) {
        byte[] bytes = parts.get(part);
        if (bytes == null) {
            throw new IllegalArgumentException("no part " + part + " in " + parts.keySet());
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public XlsxParts edit(String part, UnaryOperator<String> change) {
        String before = text(part);
        String after = change.apply(before);
        if (after.equals(before)) {
            throw new IllegalStateException("the edit changed nothing in " + part);
        }
        return put(part, after);
    }

    public XlsxParts put(String part, String xml) {
        return put(part, xml.getBytes(StandardCharsets.UTF_8));
    }

    public XlsxParts put(String part, byte[] bytes) {
        parts.put(part, bytes);
        return this;
    }

    public XlsxParts remove(String part) {
        if (parts.remove(part) == null) {
            throw new IllegalArgumentException("no part " + part);
        }
        return this;
    }

    public Path write(Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The package with every part stored uncompressed, as some writers do: its bytes are the XML's. */
    public byte[] storedBytes() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(buffer)) {
            for (var part : parts.entrySet()) {
                ZipEntry entry = new ZipEntry(part.getKey());
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(part.getValue());
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(part.getValue().length);
                entry.setCompressedSize(part.getValue().length);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    public byte[] bytes() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(buffer)) {
            for (var part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }
}
