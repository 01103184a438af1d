package org.yusuan.workbench.report.forms;

import com.itextpdf.commons.exceptions.ITextException;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.report.pdf.PdfFonts;

/** A PDF file of all 绩效目标申报表 of a budget, in budget order, one form per A4 page. */
public final class FormsDocument {

    /** Page margins in points (about 10 mm): the grid's columns are sized for the width this leaves. */
    private static final float MARGIN = 28f;

    /**
     * What was written.
     *
     * @param startPages the 1-based page number each form starts on, in budget order
     * @param pages      the number of pages of the file
     */
    public record Written(List<Integer> startPages, int pages) {

        public Written {
            startPages = List.copyOf(startPages);
        }
    }

    private FormsDocument() {
    }

    /**
     * Writes the forms to {@code file}, replacing it. The PDF is written next to it first and moved
     * into place at the end, so a failure leaves no half-written file behind.
     *
     * @throws IllegalArgumentException when the budget has no forms (a PDF cannot have no pages)
     * @throws IOException when the file cannot be written
     */
    public static Written write(Budget budget, Path file) throws IOException {
        if (budget.forms().isEmpty()) {
            throw new IllegalArgumentException("budget has no performance forms");
        }
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            // The move below would replace an empty folder without a word.
            throw new FileSystemException(target.toString(), null, "这是一个文件夹，不是文件");
        }
        Path partial = Files.createTempFile(target.getParent(), ".forms-", ".pdf.part");
        try {
            Written written;
            try (OutputStream out = Files.newOutputStream(partial)) {
                written = write(budget, out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            return written;
        } catch (ITextException e) {
            // iText reports a failing stream as its own unchecked exception.
            throw new IOException(e.getMessage(), e);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Writes the forms as a PDF to a stream, which is closed at the end. */
    public static Written write(Budget budget, OutputStream out) {
        PdfDocument pdf = new PdfDocument(new PdfWriter(out));
        PdfDocumentInfo info = pdf.getDocumentInfo();
        info.setTitle(budget.department().name() + " " + budget.department().budgetYear() + "年度绩效目标申报表");
        info.setCreator("预算编制工作台 Yusuan Workbench");
        try (Document document = new Document(pdf, PageSize.A4)) {
            document.setMargins(MARGIN, MARGIN, MARGIN, MARGIN);
            PdfFonts fonts = PdfFonts.create();
            document.setFont(fonts.regular());
            List<Integer> startPages = new PerformanceFormLayout(fonts).addAll(document, budget);
            return new Written(startPages, pdf.getNumberOfPages());
        }
    }
}
