package org.yusuan.workbench.exchange.submission;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads a received package and refuses it, with one sentence, unless every check passes: a whole ZIP
 * within the limits of {@link PackageLayout} (entry count, sizes, compression ratio, names without
 * "..", absolute paths, backslashes or duplicates), a format version this program knows, a manifest
 * that lists exactly the entries there are with their SHA-256, a correct Ed25519 signature over it,
 * and — when the bureau registered one for the department — the registered signer. The file is read
 * once into memory, bounded by the limits, and never unpacked to disk.
 */
public final class PackageReader {

    private static final Set<String> SIGNATURE_FILES = Set.of(PackageLayout.MANIFEST, PackageLayout.SIGNATURE,
            PackageLayout.PUBLIC_KEY);

    private PackageReader() {
    }

    /** The largest package file this reader looks at, in bytes; a receiver may refuse a larger one unread. */
    public static long maxFileBytes() {
        return PackageLayout.MAX_FILE_BYTES;
    }

    /** The sentence that refuses a file of {@code size} bytes as too large. */
    public static PackageRefusal tooLarge(long size) {
        return new PackageRefusal("package.tooLarge", size, PackageLayout.MAX_FILE_BYTES);
    }

    /**
     * @param registeredSigner the fingerprint the bureau registered for the department; empty to accept
     *                         any signer (the unit checking its own file)
     * @throws PackageRefusal with the reason in one sentence (Chinese, or English with {@code -Dyusuan.lang=en})
     * @throws IOException    when the file cannot be read at all
     */
    public static VerifiedPackage verify(Path file, Optional<String> registeredSigner)
            throws IOException, PackageRefusal {
        long size = Files.size(file);
        if (size > PackageLayout.MAX_FILE_BYTES) {
            throw tooLarge(size);
        }
        Map<String, byte[]> entries = entries(file);
        byte[] descriptorBytes = required(entries, Descriptor.PATH);
        String version = Descriptor.formatVersionOf(descriptorBytes);
        if (!version.equals(String.valueOf(Descriptor.FORMAT_VERSION))) {
            throw new PackageRefusal("package.unknownFormat", version, Descriptor.FORMAT_VERSION);
        }
        byte[] manifest = required(entries, PackageLayout.MANIFEST);
        Map<String, String> listed = Manifest.parse(manifest);
        for (String path : entries.keySet()) {
            if (!SIGNATURE_FILES.contains(path) && !listed.containsKey(path)) {
                throw new PackageRefusal("package.notInManifest", path);
            }
        }
        for (var e : listed.entrySet()) {
            byte[] bytes = entries.get(e.getKey());
            if (bytes == null) {
                throw new PackageRefusal("package.missingFromPackage", e.getKey());
            }
            if (!Manifest.sha256(bytes).equals(e.getValue())) {
                throw new PackageRefusal("package.hashMismatch", e.getKey());
            }
        }
        byte[] publicKey = required(entries, PackageLayout.PUBLIC_KEY);
        PublicKey signer;
        try {
            signer = Signatures.publicKey(publicKey);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new PackageRefusal("package.badKey");
        }
        if (!Signatures.verify(signer, manifest, required(entries, PackageLayout.SIGNATURE))) {
            throw new PackageRefusal("package.badSignature");
        }
        String fingerprint = Signatures.fingerprint(signer);
        if (registeredSigner.isPresent()
                && !Signatures.normalized(registeredSigner.get()).equals(Signatures.normalized(fingerprint))) {
            throw new PackageRefusal("package.otherSigner", fingerprint, registeredSigner.get());
        }
        return read(entries, Descriptor.parse(descriptorBytes), fingerprint, Manifest.sha256(manifest));
    }

    private static VerifiedPackage read(Map<String, byte[]> entries, Descriptor descriptor, String fingerprint,
                                        String manifestHash) throws PackageRefusal {
        Map<String, byte[]> csv = new HashMap<>();
        for (String name : Schemas.BUDGET) {
            csv.put(name, required(entries, "data/" + name + ".csv"));
        }
        csv.put(Schemas.DERIVED, required(entries, "data/" + Schemas.DERIVED + ".csv"));
        csv.put(Schemas.FINDINGS, required(entries, "data/" + Schemas.FINDINGS + ".csv"));
        var rebuilt = BudgetRebuild.from(csv);
        Map<String, Integer> sizes = new TreeMap<>();
        entries.forEach((path, bytes) -> sizes.put(path, bytes.length));
        return new VerifiedPackage(descriptor, fingerprint, manifestHash, new TreeMap<>(sizes), rebuilt.budget(),
                rebuilt.chart(), DerivedResources.readTables(csv), DerivedResources.readFindings(csv),
                entries.get(PackageLayout.BOOKLET));
    }

    private static byte[] required(Map<String, byte[]> entries, String path) throws PackageRefusal {
        byte[] bytes = entries.get(path);
        if (bytes == null) {
            throw new PackageRefusal("package.missingEntry", path);
        }
        return bytes;
    }

    /** Every entry, read within the limits; the first thing wrong refuses the file. */
    private static Map<String, byte[]> entries(Path file) throws IOException, PackageRefusal {
        if (!startsLikeZip(file)) {
            throw new PackageRefusal("package.notZip", file.getFileName());
        }
        Map<String, byte[]> entries = new TreeMap<>();
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile(), java.nio.charset.StandardCharsets.UTF_8)) {
            if (zip.size() > PackageLayout.MAX_ENTRIES) {
                throw new PackageRefusal("package.tooManyEntries", PackageLayout.MAX_ENTRIES);
            }
            var all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                String name = entry.getName();
                if (!safeName(name)) {
                    throw new PackageRefusal("package.badName", name);
                }
                if (entries.containsKey(name)) {
                    throw new PackageRefusal("package.duplicateName", name);
                }
                byte[] bytes = read(zip, entry, PackageLayout.MAX_TOTAL_BYTES - total);
                total += bytes.length;
                entries.put(name, bytes);
            }
        } catch (ZipException e) {
            // A cut-off file has no central directory; a flipped byte fails the entry's CRC or inflation.
            throw new PackageRefusal("package.notZip", file.getFileName());
        }
        return entries;
    }

    /**
     * One entry, counting what actually comes out rather than trusting the sizes the ZIP declares: it
     * stops as soon as the entry passes its limit, the total's remainder or the ratio.
     */
    private static byte[] read(ZipFile zip, ZipEntry entry, long totalLeft) throws IOException, PackageRefusal {
        String name = entry.getName();
        long compressed = Math.max(entry.getCompressedSize(), 1);
        if (entry.getSize() > PackageLayout.MAX_ENTRY_BYTES) {
            throw new PackageRefusal("package.entryTooLarge", name, PackageLayout.MAX_ENTRY_BYTES);
        }
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = zip.getInputStream(entry)) {
            long read = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                read += n;
                if (read > PackageLayout.MAX_ENTRY_BYTES) {
                    throw new PackageRefusal("package.entryTooLarge", name, PackageLayout.MAX_ENTRY_BYTES);
                }
                if (read > totalLeft) {
                    throw new PackageRefusal("package.totalTooLarge", PackageLayout.MAX_TOTAL_BYTES);
                }
                if (read > PackageLayout.RATIO_FLOOR_BYTES && read / compressed > PackageLayout.MAX_RATIO) {
                    throw new PackageRefusal("package.ratioTooHigh", name, PackageLayout.MAX_RATIO);
                }
                out.write(buffer, 0, n);
            }
        }
        return out.toByteArray();
    }

    /** A relative path of ordinary segments: what unpacks inside the folder it is unpacked into, on any system. */
    static boolean safeName(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")
                || name.endsWith("/")) {
            return false;
        }
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return false;
        }
        return Arrays.stream(name.split("/", -1)).noneMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."));
    }

    private static boolean startsLikeZip(Path file) throws IOException {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 4) < 4) {
                return false;
            }
        }
        // A local file header: a package never starts with anything else (no self-extracting prefix).
        return head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }
}
