package org.yusuan.workbench.report.booklet;

import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.properties.HorizontalAlignment;
import org.yusuan.workbench.calc.narrative.ExplanationSection;

/**
 * 第三部分 情况说明: the twelve written-out sections, the 一般公共预算 pie where the text marks it,
 * and the performance forms after 十、绩效管理情况.
 */
final class ExplanationPart {

    /** The chart that section 五 marks with {@code {{chart:generalPublicStructure}}}. */
    static final String GENERAL_PUBLIC_CHART = "generalPublicStructure";

    private ExplanationPart() {
    }

    static void add(Document document, BookletStyle style, BookletTemplate template, Contents contents,
                    BookletContent content, FormPages forms) {
        BookletStyle.newPage(document, BookletStyle.PORTRAIT);
        document.add(style.part(contents, template.text("part3.title")));
        String formsAfter = template.text("part3.formsAfter");
        for (ExplanationSection section : content.explanation()) {
            document.add(style.section(contents, section.title()));
            for (String paragraph : section.paragraphs()) {
                String chart = ExplanationSection.chartOf(paragraph);
                if (GENERAL_PUBLIC_CHART.equals(chart)) {
                    addPie(document, style, template, content);
                } else if (chart == null && Paragraphs.isSubheading(paragraph)) {
                    document.add(style.subsection(contents, paragraph));
                } else if (chart == null && !paragraph.isBlank()) {
                    document.add(style.body(paragraph));
                }
            }
            if (section.title().contains(formsAfter)) {
                attachForms(document, forms, style, content);
            }
        }
    }

    /**
     * The forms plug in here. They may end on a page of any size; 十一 then starts on a fresh
     * portrait page. When they add no page (no forms), 十一 follows on the same page.
     */
    private static void attachForms(Document document, FormPages forms, BookletStyle style, BookletContent content) {
        int pagesBefore = document.getPdfDocument().getNumberOfPages();
        forms.append(document, style.fonts(), content.budget());
        if (document.getPdfDocument().getNumberOfPages() != pagesBefore) {
            BookletStyle.newPage(document, BookletStyle.PORTRAIT);
        }
    }

    private static void addPie(Document document, BookletStyle style, BookletTemplate template,
                               BookletContent content) {
        var shares = content.figures().generalPublic().byClass();
        if (shares.isEmpty()) {
            return;
        }
        var image = GeneralPublicPieChart.draw(shares, document.getPdfDocument(), style.fonts());
        float width = BookletStyle.PORTRAIT.getWidth() - 2 * BookletStyle.MARGIN;
        Div figure = new Div().setKeepTogether(true).setMarginTop(6f).setMarginBottom(6f);
        figure.add(image.scaleToFit(width * 0.85f, 320f).setHorizontalAlignment(HorizontalAlignment.CENTER));
        figure.add(style.caption(template.text("part3.chartTitle"), 11f).setMarginTop(4f));
        document.add(figure);
    }
}
