package org.yusuan.workbench.report.pdf;

import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.pdfa.PdfADocument;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;

/**
 * PDF/A-2b (ISO 19005-2, level B): the form for documents that are archived, used for the booklet's
 * archival copy (decision 0009). iText checks the rules as it writes (embedded fonts, XMP metadata, no
 * encryption, colours tied to an output intent) and refuses what breaks them.
 *
 * <p>The output intent is sRGB, the colour space every colour of the booklet is meant in; the ICC
 * profile is the Java runtime's own sRGB profile, so no profile file needs shipping.
 */
public final class ArchivalPdf {

    private ArchivalPdf() {
    }

    /** A PDF/A-2b document writing to {@code writer}. */
    public static PdfDocument create(PdfWriter writer) {
        byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PdfOutputIntent intent = new PdfOutputIntent("Custom", "", "http://www.color.org",
                "sRGB IEC61966-2.1", new ByteArrayInputStream(srgb));
        return new PdfADocument(writer, PdfAConformance.PDF_A_2B, intent);
    }
}
