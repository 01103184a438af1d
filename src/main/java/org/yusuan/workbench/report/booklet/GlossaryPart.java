package org.yusuan.workbench.report.booklet;

import com.itextpdf.layout.Document;

/** 第四部分 名词解释: the year's terms from the booklet template. */
final class GlossaryPart {

    private GlossaryPart() {
    }

    static void add(Document document, BookletStyle style, BookletTemplate template, Contents contents) {
        BookletStyle.newPage(document, BookletStyle.PORTRAIT);
        document.add(style.part(contents, template.text("part4.title")));
        for (BookletTemplate.GlossaryEntry entry : template.glossary()) {
            document.add(style.termAndText(entry.term(), entry.text()));
        }
    }
}
