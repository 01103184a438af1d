package org.yusuan.workbench.report.booklet;

import com.itextpdf.kernel.pdf.action.PdfAction;
import com.itextpdf.kernel.pdf.canvas.draw.DottedLine;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Tab;
import com.itextpdf.layout.element.TabStop;
import com.itextpdf.layout.properties.TabAlignment;
import com.itextpdf.layout.properties.TextAlignment;

/**
 * 目录, laid out after everything else so that it can print the page on which each entry was
 * actually drawn; {@link BookletWriter} then moves its pages behind the cover. Each line links to
 * its page.
 */
final class TableOfContentsPage {

    private TableOfContentsPage() {
    }

    static void add(Document document, BookletStyle style, BookletTemplate template, Contents contents,
                    Contents.Mark ownMark, PageNumbering numbering) {
        BookletStyle.newPage(document, BookletStyle.PORTRAIT);
        document.add(new Heading(template.text("contents.title"), ownMark).setFont(style.fonts().bold())
                .setFontSize(18f).setTextAlignment(TextAlignment.CENTER).setMarginBottom(16f));
        float width = BookletStyle.PORTRAIT.getWidth() - 2 * BookletStyle.MARGIN;
        for (Contents.Mark mark : contents.marks()) {
            if (!mark.listed()) {
                continue;
            }
            boolean part = mark.level() == Contents.Level.PART;
            float indent = part ? 0 : 2 * BookletStyle.BODY_SIZE;
            Paragraph line = new Paragraph().setFont(part ? style.fonts().bold() : style.fonts().regular())
                    .setFontSize(BookletStyle.BODY_SIZE).setMarginLeft(indent).setMargin(0).setMarginLeft(indent)
                    .setMarginTop(part ? 6f : 1.5f)
                    .addTabStops(new TabStop(width - indent, TabAlignment.RIGHT, new DottedLine(0.6f, 3f)))
                    .add(mark.title()).add(new Tab()).add(String.valueOf(numbering.logical(mark.page())));
            line.setAction(PdfAction.createGoTo(mark.destination()));
            document.add(line);
        }
    }
}
