package org.yusuan.workbench.exchange.submission;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

/**
 * Ed25519 with the JDK's own provider (Java 15+): no dependency, deterministic signatures. Keys are
 * stored in their standard encodings (PKCS#8 private, X.509 public), which openssl reads as well.
 */
public final class Signatures {

    private static final String ALGORITHM = "Ed25519";

    private Signatures() {
    }

    public static KeyPair newKeyPair() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK provides Ed25519 since Java 15", e);
        }
    }

    public static PrivateKey privateKey(byte[] pkcs8) throws GeneralSecurityException {
        return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }

    public static PublicKey publicKey(byte[] x509) throws GeneralSecurityException {
        return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(x509));
    }

    /**
     * What the 报送函 prints and the bureau registers: the SHA-256 of the X.509 encoding of the public
     * key, as 16 groups of four hex digits, short enough to compare by eye and read over the phone.
     */
    public static String fingerprint(PublicKey key) {
        return fingerprint(key.getEncoded());
    }

    static String fingerprint(byte[] x509) {
        return canonicalFingerprint(Manifest.sha256(x509)).orElseThrow();
    }

    /** Whether two fingerprints name the same key, however each was typed. */
    public static boolean sameFingerprint(String a, String b) {
        return normalized(a).equals(normalized(b));
    }

    /**
     * A fingerprint as typed (blanks, colons, any case) in the printed form of {@link #fingerprint}; empty
     * when it is not 64 hex digits.
     */
    public static java.util.Optional<String> canonicalFingerprint(String typed) {
        String hex = normalized(typed);
        if (!hex.matches("[0-9A-F]{64}")) {
            return java.util.Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 4) {
            out.append(i == 0 ? "" : " ").append(hex, i, i + 4);
        }
        return java.util.Optional.of(out.toString());
    }

    /** The SHA-256 of a whole file, as the bureau's register keeps it (lower-case hex). */
    public static String sha256(byte[] bytes) {
        return Manifest.sha256(bytes);
    }

    /** The same fingerprint however it was typed: blanks, colons and case ignored. */
    static String normalized(String fingerprint) {
        return fingerprint.replaceAll("[\\s:]", "").toUpperCase(java.util.Locale.ROOT);
    }

    static byte[] sign(PrivateKey key, byte[] data) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing with an Ed25519 key", e);
        }
    }

    static boolean verify(PublicKey key, byte[] data, byte[] signed) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(data);
            return signature.verify(signed);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
