package org.yusuan.workbench.report.booklet;

import com.itextpdf.layout.Document;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.report.pdf.PdfFonts;

/**
 * The performance-target forms (项目支出绩效目标申报表) that the booklet attaches under
 * 十、绩效管理情况, after that section's text and before 十一. The forms are laid out elsewhere
 * ({@code org.yusuan.workbench.report.forms}); the booklet only gives them its document and fonts.
 *
 * <p>An implementation adds whatever it needs (area breaks, page sizes, tables) to {@code document};
 * the booklet starts 十一 on the page after the last one it used and sets its own page size there, so
 * an implementation may leave the document in any page size. It must use {@code fonts} for all text.
 */
@FunctionalInterface
public interface FormPages {

    /** Adds nothing: the booklet without attached forms. */
    FormPages NONE = (document, fonts, budget) -> {
    };

    void append(Document document, PdfFonts fonts, Budget budget);
}
