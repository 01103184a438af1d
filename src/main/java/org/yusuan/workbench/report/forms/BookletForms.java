package org.yusuan.workbench.report.forms;

import com.itextpdf.layout.Document;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.report.booklet.FormPages;
import org.yusuan.workbench.report.pdf.PdfFonts;

/** The booklet's 绩效目标申报表: every form of the budget, one per A4 page, laid out as printed alone. */
public final class BookletForms implements FormPages {

    @Override
    public void append(Document document, PdfFonts fonts, Budget budget) {
        new PerformanceFormLayout(fonts).addAll(document, budget);
    }
}
