package org.yusuan.workbench.report.booklet;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;

/**
 * The booklet counts pages from the first page of 第一部分 (page 1); the cover and the 目录 carry
 * no number. Counting relative to that page object keeps the numbers right when the 目录's pages
 * are moved in front of it.
 */
final class PageNumbering {

    private final PdfDocument pdf;
    private final PdfPage firstNumbered;

    PageNumbering(PdfDocument pdf, PdfPage firstNumbered) {
        this.pdf = pdf;
        this.firstNumbered = firstNumbered;
    }

    /** The printed number of a page; zero or less for the unnumbered front pages. */
    int logical(PdfPage page) {
        return pdf.getPageNumber(page) - pdf.getPageNumber(firstNumbered) + 1;
    }
}
