package org.yusuan.workbench.report.booklet;

import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.TextAlignment;

/** The cover: department, year and 部门预算公开, set in the upper third of the page as printed. */
final class CoverPage {

    private CoverPage() {
    }

    static void add(Document document, BookletStyle style, BookletTemplate template, String department) {
        document.add(new Paragraph(department).setFont(style.fonts().bold()).setFontSize(26f)
                .setTextAlignment(TextAlignment.CENTER).setMarginTop(200f));
        document.add(new Paragraph(template.text("cover.title")).setFont(style.fonts().bold()).setFontSize(22f)
                .setTextAlignment(TextAlignment.CENTER).setMarginTop(24f));
    }
}
