package org.yusuan.workbench.exchange.submission;

/**
 * Where things are in a package, and the limits a reader holds a received file to. The limits are far
 * above any real department's budget (the sample packs to about 100 KB) and far below what would
 * exhaust the bureau's machine.
 */
public final class PackageLayout {

    public static final String EXTENSION = ".yspkg";
    static final String MANIFEST = "signature/manifest.sha256";
    static final String SIGNATURE = "signature/manifest.sig";
    static final String PUBLIC_KEY = "signature/signer.pub";
    static final String BOOKLET = "booklet/booklet.pdf";

    /** The package file itself. */
    static final long MAX_FILE_BYTES = 256L << 20;
    static final int MAX_ENTRIES = 64;
    /** One entry uncompressed; the booklet PDF is the largest (a few MB). */
    static final long MAX_ENTRY_BYTES = 128L << 20;
    static final long MAX_TOTAL_BYTES = 256L << 20;
    /** Uncompressed ÷ compressed; CSV compresses 10–20×, a zip bomb 1000× and more. */
    static final int MAX_RATIO = 200;
    /** Below this an entry's ratio is not judged: a tiny file of repeated text may compress very well. */
    static final long RATIO_FLOOR_BYTES = 1L << 20;

    private PackageLayout() {
    }
}
