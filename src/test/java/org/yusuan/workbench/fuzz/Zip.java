package org.yusuan.workbench.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An xlsx (or a folder of CSV files) as a list of named entries. The writer is our own rather than
 * {@link java.util.zip.ZipOutputStream} because that one refuses duplicate names, and a duplicated
 * part is one of the mutations; it also writes stored (uncompressed) entries so that byte-level
 * mutations reach the XML instead of only breaking the deflate stream.
 */
final class Zip {

    record Entry(String name, byte[] data) {

        String text() {
            return new String(data, StandardCharsets.UTF_8);
        }

        Entry withText(String text) {
            return new Entry(name, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private Zip() {
    }

    /** The entries of a zip, or null when the bytes are not a readable zip (a byte-mutated one). */
    static List<Entry> read(byte[] zip) {
        List<Entry> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                // Bounded: the harness must not be the one that runs out of memory on a zip bomb.
                byte[] data = in.readNBytes(64 << 20);
                entries.add(new Entry(e.getName(), data));
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return entries.isEmpty() ? null : entries;
    }

    static byte[] write(List<Entry> entries, boolean stored) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream central = new ByteArrayOutputStream();
        for (Entry e : entries) {
            byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
            CRC32 crc = new CRC32();
            crc.update(e.data());
            byte[] body = stored ? e.data() : deflate(e.data());
            int offset = out.size();
            header(out, 0x04034b50, false, stored, crc.getValue(), body.length, e.data().length, name, 0);
            out.writeBytes(body);
            header(central, 0x02014b50, true, stored, crc.getValue(), body.length, e.data().length, name, offset);
        }
        int centralOffset = out.size();
        out.writeBytes(central.toByteArray());
        int32(out, 0x06054b50);
        int16(out, 0);
        int16(out, 0);
        int16(out, entries.size());
        int16(out, entries.size());
        int32(out, central.size());
        int32(out, centralOffset);
        int16(out, 0);
        return out.toByteArray();
    }

    private static void header(ByteArrayOutputStream out, int signature, boolean central, boolean stored, long crc,
                               int compressed, int size, byte[] name, int offset) {
        int32(out, signature);
        if (central) {
            int16(out, 20);
        }
        int16(out, 20);
        int16(out, 0x0800); // names are UTF-8
        int16(out, stored ? 0 : 8);
        int16(out, 0);
        int16(out, 0x21);
        int32(out, (int) crc);
        int32(out, compressed);
        int32(out, size);
        int16(out, name.length);
        int16(out, 0);
        if (central) {
            int16(out, 0);
            int16(out, 0);
            int16(out, 0);
            int32(out, 0);
            int32(out, offset);
        }
        out.writeBytes(name);
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static void int16(ByteArrayOutputStream out, int v) {
        out.write(v & 0xff);
        out.write((v >>> 8) & 0xff);
    }

    private static void int32(ByteArrayOutputStream out, int v) {
        int16(out, v & 0xffff);
        int16(out, (v >>> 16) & 0xffff);
    }
}
