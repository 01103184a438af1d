package org.yusuan.workbench.exchange.submission;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.KeyPair;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.yusuan.workbench.domain.classification.CatalogEntry;

/**
 * Writes a package: the CSV tables, the descriptor, the manifest of their SHA-256 and its Ed25519
 * signature, as one ZIP. Deterministic: entries in path order, every entry stamped with the same fixed
 * time and compressed alike, so the same budget gives the same bytes except the package id and the
 * creation time in the descriptor (and what follows from them: its hash and the signature).
 */
public final class PackageWriter {

    /** DOS time of every entry: the ZIP format cannot hold less than 1980, and a fixed time keeps bytes equal. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    /** What was written, for the cover letter and the front ends. */
    public record Written(Descriptor descriptor, int entries, String manifestSha256, String signerFingerprint) {
    }

    private PackageWriter() {
    }

    public static Written write(Submission submission, KeyPair keys, OutputStream out) throws IOException {
        List<Resource> tables = new ArrayList<>(BudgetResources.of(submission.budget(), submission.chart()));
        String catalogHash = Manifest.sha256(BudgetResources.catalogBytes(tables));
        tables.add(DerivedResources.tables(submission.derived()));
        tables.add(DerivedResources.findings(submission.findings()));

        var h = submission.header();
        var department = submission.budget().department();
        int catalogYear = submission.chart().allEntries().stream().mapToInt(CatalogEntry::year).max()
                .orElse(department.budgetYear());
        Map<String, byte[]> entries = new TreeMap<>();
        for (Resource r : tables) {
            entries.put(r.path(), r.csv());
        }
        submission.bookletPdf().ifPresent(pdf -> entries.put(PackageLayout.BOOKLET, pdf));
        Descriptor descriptor = new Descriptor(Descriptor.FORMAT_VERSION, h.programVersion(), h.created().toString(),
                h.packageId(), h.replaces(), department.budgetYear(), h.divisionCode(), department.code(),
                department.name(), h.stage(), catalogYear, catalogHash, submission.count("ERROR"),
                submission.count("WARNING"), submission.count("NOTICE"), new ArrayList<>(entries.keySet()));
        entries.put(Descriptor.PATH, Descriptor.json(descriptor, tables, submission.bookletPdf().isPresent()));

        byte[] manifest = Manifest.of(entries);
        entries.put(PackageLayout.MANIFEST, manifest);
        entries.put(PackageLayout.SIGNATURE, Signatures.sign(keys.getPrivate(), manifest));
        entries.put(PackageLayout.PUBLIC_KEY, keys.getPublic().getEncoded());
        out.write(zip(entries));
        return new Written(descriptor, entries.size(), Manifest.sha256(manifest),
                Signatures.fingerprint(keys.getPublic()));
    }

    /** A ZIP of the given entries in path order; also what tests use to build tampered packages. */
    static byte[] zip(Map<String, byte[]> entries) {
        var bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, java.nio.charset.StandardCharsets.UTF_8)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (var e : new TreeMap<>(entries).entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory", e);
        }
        return bytes.toByteArray();
    }
}
