package org.yusuan.workbench.report.booklet;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.layout.Document;
import java.io.OutputStream;
import org.yusuan.workbench.domain.publication.BookletOptions;
import org.yusuan.workbench.report.pdf.ArchivalPdf;
import org.yusuan.workbench.report.pdf.PdfFonts;

/**
 * The disclosure booklet (部门预算公开) as one PDF, in the print order of the reference: cover, 目录,
 * 第一部分 概况, 第二部分 the 13 tables, 第三部分 情况说明 (with the pie and the attached forms),
 * 第四部分 名词解释.
 *
 * <p>One layout pass: the body is laid out and drawn first, recording where each heading lands;
 * the 目录 is then laid out with those true page numbers and its pages are moved behind the cover.
 * Page numbers count from 第一部分, so moving the 目录 changes no number. Footers, the watermark
 * and the bookmarks are added last, once every page is where it will stay.
 */
public final class BookletWriter {

    public static final String CREATOR = "Yusuan Workbench";

    private BookletWriter() {
    }

    /**
     * Loads in the background what the first booklet of a run needs and that takes long to load:
     * the two CJK fonts (parsed once, then cached by iText), the chart font for Java2D, and the
     * classes of iText layout, the SVG converter and JFreeChart. A caller that must first open the
     * budget file (a second or so) starts this before, so that the two overlap on a multi-core machine.
     * Calling it is optional: {@link #write} loads whatever is not loaded yet.
     */
    public static void prepareInBackground() {
        Thread thread = new Thread(() -> {
            PdfFonts.create();
            GeneralPublicPieChart.prepare();
        }, "booklet-prepare");
        thread.setDaemon(true);
        thread.start();
    }

    public static void write(BookletContent content, BookletOptions options, FormPages forms, OutputStream out) {
        BookletTemplate template = BookletTemplate.forYear(content.year(), content.wording());
        PdfWriter writer = new PdfWriter(out, new WriterProperties().setFullCompressionMode(true));
        PdfDocument pdf = options.archival() ? ArchivalPdf.create(writer) : new PdfDocument(writer);
        BookletStyle style = new BookletStyle(PdfFonts.create());
        // immediateFlush=false: pages stay writable until the 目录 has been moved and numbered.
        Document document = new Document(pdf, PageSize.A4, false);
        document.setMargins(BookletStyle.MARGIN, BookletStyle.MARGIN, BookletStyle.MARGIN, BookletStyle.MARGIN);
        document.setFont(style.fonts().regular()).setFontSize(BookletStyle.BODY_SIZE);

        Contents contents = new Contents();
        Contents.Mark contentsMark = contents.add(Contents.Level.PART, "目录", false);
        CoverPage.add(document, style, template, content.departmentName());
        OverviewPart.add(document, style, template, contents, content.budget());
        TablesPart.add(document, style, template, contents, content.tables());
        ExplanationPart.add(document, style, template, contents, content, forms);
        GlossaryPart.add(document, style, template, contents);
        document.flush();

        PageNumbering numbering = new PageNumbering(pdf, contents.marks().get(1).page());
        int firstContentsPage = pdf.getNumberOfPages() + 1;
        TableOfContentsPage.add(document, style, template, contents, contentsMark, numbering);
        document.flush();
        int contentsPages = pdf.getNumberOfPages() - firstContentsPage + 1;
        for (int k = 0; k < contentsPages; k++) {
            pdf.movePage(firstContentsPage + k, 2 + k);
        }

        contents.writeOutline(pdf);
        PageFurniture.apply(pdf, style, numbering, options);
        describe(pdf, content, template);
        document.close();
    }

    private static void describe(PdfDocument pdf, BookletContent content, BookletTemplate template) {
        String title = content.departmentName() + template.text("cover.title");
        PdfDocumentInfo info = pdf.getDocumentInfo();
        info.setTitle(title);
        info.setAuthor(content.departmentName());
        String kind = template.text("cover.title").replace(String.valueOf(content.year()), "").replaceFirst("^年度", "");
        info.setSubject(template.text("cover.title") + "：预算报表、情况说明和名词解释");
        info.setKeywords(kind + "," + content.year() + "," + content.departmentName());
        info.setCreator(CREATOR);
        pdf.getCatalog().setPageMode(PdfName.UseOutlines);
        pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
    }
}
