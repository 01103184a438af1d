package org.yusuan.workbench.report.forms;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.SimpleTextExtractionStrategy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A written PDF read back with iText: the text of each page and the fonts that are not embedded. */
record FormsPdf(List<String> pages, List<String> fontsNotEmbedded) {

    /**
     * Reads a PDF. Page text is in drawing order with all white space (no-break and ideographic spaces too) removed: a cell's wrapped
     * lines then read as the text that was put in the cell.
     */
    static FormsPdf read(Path file) {
        try (PdfDocument pdf = new PdfDocument(new PdfReader(file.toFile()))) {
            List<String> pages = new ArrayList<>();
            List<String> notEmbedded = new ArrayList<>();
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                String text = PdfTextExtractor.getTextFromPage(pdf.getPage(i), new SimpleTextExtractionStrategy());
                pages.add(squeeze(text));
                PdfDictionary fonts = pdf.getPage(i).getResources().getResource(PdfName.Font);
                if (fonts != null) {
                    for (PdfName name : fonts.keySet()) {
                        PdfDictionary font = fonts.getAsDictionary(name);
                        if (!embedded(font)) {
                            notEmbedded.add("page " + i + ": " + font.getAsName(PdfName.BaseFont));
                        }
                    }
                }
            }
            return new FormsPdf(pages, notEmbedded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String squeeze(String text) {
        return text == null ? "" : text.replaceAll("[\\s\\u00a0\\u3000]", "");
    }

    /** Number of times {@code part} (white space ignored) occurs on a page. */
    int count(int page, String part) {
        String text = pages.get(page - 1);
        String wanted = squeeze(part);
        int count = 0;
        for (int at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) {
            count++;
        }
        return count;
    }

    private static boolean embedded(PdfDictionary font) {
        PdfDictionary described = font;
        if (PdfName.Type0.equals(font.getAsName(PdfName.Subtype))) {
            described = font.getAsArray(PdfName.DescendantFonts).getAsDictionary(0);
        }
        PdfDictionary descriptor = described.getAsDictionary(PdfName.FontDescriptor);
        return descriptor != null && (descriptor.containsKey(PdfName.FontFile) || descriptor.containsKey(PdfName.FontFile2)
                || descriptor.containsKey(PdfName.FontFile3));
    }
}
