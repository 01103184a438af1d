package org.yusuan.workbench.exchange.submission;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Arrays;
import java.util.Map;

/**
 * A good package changed as a careless or hostile sender would change it, for tests outside this
 * package (the bureau's store must refuse each and stay as it was). {@link PackageTamperTest} checks
 * the reader's sentence for each.
 */
public final class TamperedPackages {

    private TamperedPackages() {
    }

    public static byte[] oneByteChanged(byte[] good) throws Exception {
        var entries = PackageTamperTest.entries(good);
        byte[] units = entries.get("data/units.csv").clone();
        units[units.length - 2] ^= 1;
        entries.put("data/units.csv", units);
        return PackageWriter.zip(entries);
    }

    public static byte[] entryRemoved(byte[] good) throws Exception {
        var entries = PackageTamperTest.entries(good);
        entries.remove("data/basic_lines.csv");
        return PackageWriter.zip(entries);
    }

    public static byte[] entryAdded(byte[] good) throws Exception {
        var entries = PackageTamperTest.entries(good);
        entries.put("data/extra.csv", "a,b\n".getBytes(StandardCharsets.UTF_8));
        return PackageWriter.zip(entries);
    }

    /** Consistent in itself and validly signed, but by {@code other}: only the registered signer tells. */
    public static byte[] reSignedBy(byte[] good, KeyPair other) throws Exception {
        var entries = PackageTamperTest.entries(good);
        entries.keySet().removeIf(n -> n.startsWith("signature/"));
        byte[] manifest = Manifest.of(entries);
        entries.put(PackageLayout.MANIFEST, manifest);
        entries.put(PackageLayout.SIGNATURE, Signatures.sign(other.getPrivate(), manifest));
        entries.put(PackageLayout.PUBLIC_KEY, other.getPublic().getEncoded());
        return PackageWriter.zip(entries);
    }

    public static byte[] truncated(byte[] good) {
        return Arrays.copyOf(good, good.length - 100);
    }

    public static byte[] zipSlip(byte[] good) throws Exception {
        var entries = PackageTamperTest.entries(good);
        entries.put("../evil.csv", new byte[] {1});
        return PackageWriter.zip(entries);
    }

    public static byte[] zipBomb(byte[] good) throws Exception {
        var entries = PackageTamperTest.entries(good);
        entries.put("data/zeros.csv", new byte[8 << 20]);
        return PackageWriter.zip(entries);
    }

    /** Every tampered form, by a name for the test's report. */
    public static Map<String, byte[]> all(byte[] good, KeyPair other) throws Exception {
        return Map.of("one byte changed", oneByteChanged(good), "entry removed", entryRemoved(good),
                "entry added", entryAdded(good), "re-signed by another key", reSignedBy(good, other),
                "truncated", truncated(good), "zip slip", zipSlip(good), "zip bomb", zipBomb(good));
    }
}
