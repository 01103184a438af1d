package org.yusuan.workbench.exchange.submission;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code signature/manifest.sha256}: one line {@code <sha256 hex>  <path>} per entry of the package
 * except the three signature files, sorted by path (the format of {@code sha256sum}, so it can be
 * checked by hand in an unpacked folder). The signature covers these bytes.
 */
final class Manifest {

    private Manifest() {
    }

    static byte[] of(Map<String, byte[]> entries) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(entries).forEach((path, bytes) -> out.append(sha256(bytes)).append("  ").append(path).append('\n'));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Path → hash, as the manifest lists them. */
    static Map<String, String> parse(byte[] manifest) throws PackageRefusal {
        Map<String, String> hashes = new TreeMap<>();
        String[] lines = new String(manifest, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty() && i == lines.length - 1) {
                break;
            }
            if (!line.matches("[0-9a-f]{64}  \\S.*") || hashes.put(line.substring(66), line.substring(0, 64)) != null) {
                throw new PackageRefusal("package.badManifest", i + 1);
            }
        }
        return hashes;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
