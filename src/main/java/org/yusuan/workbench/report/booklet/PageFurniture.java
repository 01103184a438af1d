package org.yusuan.workbench.report.booklet;

import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.extgstate.PdfExtGState;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;
import org.yusuan.workbench.domain.publication.BookletOptions;

/**
 * What goes on every page after layout: the page number in the footer and, on a draft, the
 * diagonal watermark. Drawn last and over the content (translucent), so a cell's shading cannot
 * hide the watermark.
 */
final class PageFurniture {

    private static final float FOOTER_SIZE = 9f;
    private static final float WATERMARK_OPACITY = 0.13f;

    private PageFurniture() {
    }

    static void apply(PdfDocument pdf, BookletStyle style, PageNumbering numbering, BookletOptions options) {
        for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
            PdfPage page = pdf.getPage(i);
            Rectangle size = page.getPageSize();
            int number = numbering.logical(page);
            if (number >= 1) {
                try (Canvas canvas = new Canvas(new PdfCanvas(page.newContentStreamAfter(), page.getResources(), pdf),
                        size)) {
                    canvas.showTextAligned(new Paragraph("- " + number + " -").setFont(style.fonts().regular())
                                    .setFontSize(FOOTER_SIZE), size.getWidth() / 2, BookletStyle.MARGIN / 2,
                            TextAlignment.CENTER);
                }
            }
            if (options.draft()) {
                watermark(pdf, page, size, style, options.watermark());
            }
        }
    }

    private static void watermark(PdfDocument pdf, PdfPage page, Rectangle size, BookletStyle style, String text) {
        PdfCanvas over = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), pdf);
        over.saveState().setExtGState(new PdfExtGState().setFillOpacity(WATERMARK_OPACITY));
        float fontSize = Math.min(size.getWidth(), size.getHeight()) / (text.codePointCount(0, text.length()) + 1) * 1.3f;
        double angle = Math.atan2(size.getHeight(), size.getWidth());
        try (Canvas canvas = new Canvas(over, size)) {
            canvas.showTextAligned(new Paragraph(text).setFont(style.fonts().bold()).setFontSize(fontSize)
                            .setFontColor(DeviceGray.BLACK), size.getWidth() / 2, size.getHeight() / 2, pdf.getPageNumber(page),
                    TextAlignment.CENTER, VerticalAlignment.MIDDLE, (float) angle);
        }
        over.restoreState();
    }
}
