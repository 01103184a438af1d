package org.yusuan.workbench.report.pdf;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled Noto Sans SC for one PDF document (decision 0006). Identity-H with forced embedding:
 * iText writes only the glyphs used (a subset) and a ToUnicode map, so the text extracts as the
 * Chinese it shows. Font bytes are read once per run; {@link PdfFont}s belong to one document, so
 * create a {@code PdfFonts} per document.
 */
public final class PdfFonts {

    private static final String FOLDER = "/org/yusuan/workbench/fonts/";
    private static byte[] regularBytes;
    private static byte[] boldBytes;

    private final PdfFont regular;
    private final PdfFont bold;

    private PdfFonts(PdfFont regular, PdfFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** Fonts for a new document. */
    public static PdfFonts create() {
        try {
            return new PdfFonts(
                    PdfFontFactory.createFont(bytes("NotoSansSC-Regular.ttf"), PdfEncodings.IDENTITY_H,
                            EmbeddingStrategy.FORCE_EMBEDDED),
                    PdfFontFactory.createFont(bytes("NotoSansSC-Bold.ttf"), PdfEncodings.IDENTITY_H,
                            EmbeddingStrategy.FORCE_EMBEDDED));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The regular font's file, for Java2D (the charts measure their labels with it). The bytes are
     * the ones the PDF fonts are made from: the jar entry is read once per run.
     */
    public static InputStream regularFontFile() {
        try {
            return new ByteArrayInputStream(bytes("NotoSansSC-Regular.ttf"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PdfFont regular() {
        return regular;
    }

    public PdfFont bold() {
        return bold;
    }

    private static synchronized byte[] bytes(String file) throws IOException {
        if (file.contains("Bold")) {
            if (boldBytes == null) {
                boldBytes = read(file);
            }
            return boldBytes;
        }
        if (regularBytes == null) {
            regularBytes = read(file);
        }
        return regularBytes;
    }

    private static byte[] read(String file) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IOException("bundled font missing: " + file);
            }
            return in.readAllBytes();
        }
    }
}
