package org.yusuan.workbench.report.submission;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yusuan.workbench.report.pdf.PdfFonts;

/**
 * The one-page 报送函 the unit prints, stamps and sends with a package: the bureau compares the manifest
 * hash and the signer's fingerprint on paper with what verification reports, which is what ties the
 * file to the unit that stamped the letter (the key itself travels in the file and proves nothing alone).
 */
public final class CoverLetter {

    private static final float MARGIN = 56f;

    /** What the letter states; every field as it should be read aloud or compared by eye. */
    public record Facts(String departmentCode, String departmentName, String divisionCode, int budgetYear,
                        String stage, String fileName, String packageId, String replaces, String created,
                        int entries, long errors, long warnings, long notices, String manifestSha256,
                        String fingerprint) {
    }

    private CoverLetter() {
    }

    /** Writes the letter as a one-page A4 PDF; the stream is closed at the end. */
    public static void write(Facts facts, OutputStream out) {
        PdfDocument pdf = new PdfDocument(new PdfWriter(out));
        pdf.getDocumentInfo().setTitle(String.format(CoverLetterWords.PDF_TITLE, facts.departmentName(),
                facts.budgetYear(), facts.stage()));
        pdf.getDocumentInfo().setCreator(CoverLetterWords.CREATOR);
        try (Document document = new Document(pdf, PageSize.A4)) {
            document.setMargins(MARGIN, MARGIN, MARGIN, MARGIN);
            PdfFonts fonts = PdfFonts.create();
            document.setFont(fonts.regular()).setFontSize(11f);
            document.add(new Paragraph(CoverLetterWords.TITLE).setFont(fonts.bold()).setFontSize(20f)
                    .setTextAlignment(TextAlignment.CENTER).setMarginBottom(16f));
            document.add(new Paragraph(CoverLetterWords.ADDRESSEE).setFontSize(13f));
            document.add(new Paragraph(String.format(CoverLetterWords.BODY, facts.budgetYear(), facts.stage()))
                    .setFirstLineIndent(26f).setFixedLeading(20f).setMarginBottom(16f));
            Table table = new Table(UnitValue.createPercentArray(new float[] {28, 72})).useAllAvailableWidth();
            rows(facts).forEach((label, value) -> {
                table.addCell(new Cell().add(new Paragraph(label).setFont(fonts.bold())).setPadding(3f));
                table.addCell(new Cell().add(new Paragraph(value)).setPadding(3f));
            });
            document.add(table);
            document.add(new Paragraph(CoverLetterWords.SEAL).setMarginTop(32f).setMarginLeft(240f));
            document.add(new Paragraph(CoverLetterWords.DATE).setMarginTop(8f).setMarginLeft(240f));
        }
    }

    private static Map<String, String> rows(Facts f) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put(CoverLetterWords.DEPARTMENT, f.departmentCode() + " " + f.departmentName());
        rows.put(CoverLetterWords.DIVISION, orNone(f.divisionCode()));
        rows.put(CoverLetterWords.YEAR, String.valueOf(f.budgetYear()));
        rows.put(CoverLetterWords.STAGE, f.stage());
        rows.put(CoverLetterWords.FILE, f.fileName());
        rows.put(CoverLetterWords.PACKAGE_ID, f.packageId());
        rows.put(CoverLetterWords.REPLACES, orNone(f.replaces()));
        rows.put(CoverLetterWords.CREATED, f.created());
        rows.put(CoverLetterWords.ENTRIES, String.valueOf(f.entries()));
        rows.put(CoverLetterWords.AUDIT, String.format(CoverLetterWords.AUDIT_COUNTS, f.errors(), f.warnings(),
                f.notices()));
        // The hash in two halves of 32 digits: one line of 64 does not fit the column and breaks anywhere.
        rows.put(CoverLetterWords.MANIFEST, f.manifestSha256().substring(0, 32) + "\n" + f.manifestSha256().substring(32));
        rows.put(CoverLetterWords.FINGERPRINT, halves(f.fingerprint()));
        return rows;
    }

    /** 16 groups as two lines of eight, so the groups are never split by the column's wrapping. */
    private static String halves(String fingerprint) {
        String[] groups = fingerprint.split(" ");
        if (groups.length != 16) {
            return fingerprint;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(groups, 0, 8)) + "\n"
                + String.join(" ", java.util.Arrays.copyOfRange(groups, 8, 16));
    }

    private static String orNone(String text) {
        return text == null || text.isEmpty() ? CoverLetterWords.NONE : text;
    }
}
