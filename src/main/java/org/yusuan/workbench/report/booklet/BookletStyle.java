package org.yusuan.workbench.report.booklet;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.TextAlignment;
import org.yusuan.workbench.report.pdf.PdfFonts;

/**
 * Type sizes and paragraph kinds of the booklet, in one place so every part looks alike. Sizes
 * are in points; body text is set at 11 pt with a two-character first-line indent, the Chinese
 * convention for prose.
 */
final class BookletStyle {

    static final PageSize PORTRAIT = PageSize.A4;
    static final PageSize LANDSCAPE = PageSize.A4.rotate();
    /** Page margins; the footer sits in the bottom margin. */
    static final float MARGIN = 56f;
    static final float BODY_SIZE = 11f;
    static final float TABLE_SIZE = 9f;
    static final Color RULE = DeviceGray.BLACK;
    static final Color HEADER_FILL = new DeviceGray(0.90f);
    static final Color TOTAL_FILL = new DeviceGray(0.95f);

    private final PdfFonts fonts;

    BookletStyle(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * Starts a new page of the given size. The size also becomes the document's default, so a table
     * that runs over continues on pages of the same orientation rather than falling back to portrait.
     */
    static void newPage(Document document, PageSize size) {
        document.getPdfDocument().setDefaultPageSize(size);
        document.add(new AreaBreak(size));
    }

    PdfFonts fonts() {
        return fonts;
    }

    /** 第一部分 概况 …: centred, large, bold; listed in the 目录. */
    Paragraph part(Contents contents, String title) {
        return bold(new Heading(title, contents.add(Contents.Level.PART, title, true)), 16f)
                .setTextAlignment(TextAlignment.CENTER).setMarginTop(6f).setMarginBottom(14f).setKeepWithNext(true);
    }

    /** 一、本部门职责 …: bold, listed in the 目录. */
    Paragraph section(Contents contents, String title) {
        return bold(new Heading(title, contents.add(Contents.Level.SECTION, title, true)), 13f)
                .setMarginTop(10f).setMarginBottom(6f).setKeepWithNext(true);
    }

    /** （一）… / 1、…: bold body-size lines; bookmarked but, as in the reference, not in the 目录. */
    Paragraph subsection(Contents contents, String title) {
        return bold(new Heading(title, contents.add(Contents.Level.SUBSECTION, title, false)), BODY_SIZE)
                .setFirstLineIndent(2 * BODY_SIZE).setMarginTop(4f).setMarginBottom(2f).setKeepWithNext(true);
    }

    /** Prose: justified, first line indented by two characters. */
    Paragraph body(String text) {
        return new Paragraph(text).setFont(fonts.regular()).setFontSize(BODY_SIZE)
                .setFirstLineIndent(2 * BODY_SIZE).setMultipliedLeading(1.6f)
                .setTextAlignment(TextAlignment.JUSTIFIED).setMarginTop(0).setMarginBottom(4f);
    }

    /** A body paragraph that starts with a bold term, as in 名词解释. */
    Paragraph termAndText(String term, String text) {
        return body("").add(new Text(term).setFont(fonts.bold())).add(new Text(text));
    }

    /** A centred caption (table title, chart title). */
    Paragraph caption(String text, float size) {
        return bold(new Paragraph(text), size).setTextAlignment(TextAlignment.CENTER).setMargin(0).setMarginBottom(4f);
    }

    Paragraph small(String text) {
        return new Paragraph(text).setFont(fonts.regular()).setFontSize(TABLE_SIZE + 1).setMargin(0);
    }

    private Paragraph bold(Paragraph paragraph, float size) {
        return paragraph.setFont(fonts.bold()).setFontSize(size);
    }
}
