package org.yusuan.workbench.report.forms;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.util.ArrayList;
import java.util.List;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.performance.FormTexts;
import org.yusuan.workbench.domain.performance.IndicatorLayout;
import org.yusuan.workbench.domain.performance.IndicatorSkeleton;
import org.yusuan.workbench.domain.performance.PerformanceForm;
import org.yusuan.workbench.report.pdf.PdfFonts;

/**
 * Lays out 绩效目标申报表 in an iText {@link Document}, as the reference forms print them: the
 * title and {@code (2023年度)}, then one bordered grid of 项目名称, 主管部门及代码 | 实施单位,
 * 项目属性 | 项目期, the funds block in 元 (实施期 and 年度 side by side), the five texts, 总体目标
 * and the 绩效指标 table, then the signature line 负责人 · 经办人 · 联系电话 · 填报日期.
 *
 * <p>Use, e.g. from the booklet's section 十、绩效管理情况:
 * <pre>{@code
 * PdfFonts fonts = PdfFonts.create();                 // one per PdfDocument
 * PerformanceFormLayout forms = new PerformanceFormLayout(fonts);
 * forms.addAll(document, budget);                     // every form, in budget order
 * // or one form:  int page = forms.add(document, budget, form);
 * }</pre>
 *
 * <ul>
 *   <li>Each form starts on a new A4 portrait page (no page break before the very first page of an
 *       empty document, which keeps the document's own page size); the caller need not add an
 *       {@link AreaBreak}. Text after the forms
 *       continues on the last form's page unless the caller breaks the page.</li>
 *   <li>The grid fills the width between the document's margins; fonts are set on every element,
 *       so the document's own default font does not matter.</li>
 *   <li>A long form is shrunk (type, padding and row height together, in steps of 1 %, down to
 *       80 %) to fit its page; one that would need smaller type prints at full size and continues
 *       on the next page, repeating the indicator table's heading. The layout that fits is the one
 *       drawn (see {@link OnePage}).</li>
 *   <li>The indicator table follows the department's framework skeleton
 *       ({@link IndicatorSkeleton}): a 二级 without indicators prints as an empty row.</li>
 *   <li>A department-wide form ({@link PerformanceForm#isDepartmentWide()}) prints the same grid
 *       with 部门名称 in place of 项目名称 and without the 项目属性 / 项目期 row.</li>
 * </ul>
 * Nothing is added to page headers or footers: page numbers are the caller's.
 */
public final class PerformanceFormLayout {

    /**
     * The smallest scale a long form is shrunk to, to fit its page as a spreadsheet's "fit to page"
     * prints the reference forms: it keeps the indicator text at about 7 pt, still legible on paper.
     * A form that does not fit even then prints at full size over two pages.
     */
    private static final float SMALLEST_SCALE = 0.8f;
    private static final float TITLE_SIZE = 14f;
    private static final float YEAR_SIZE = 10.5f;

    private final PdfFonts fonts;

    /** @param fonts the fonts of the document the forms go into */
    public PerformanceFormLayout(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * Adds every form of the budget, in the budget's order, each on a new page.
     *
     * @return the 1-based page number each form starts on, in the same order (e.g. for a table of contents)
     */
    public List<Integer> addAll(Document document, Budget budget) {
        List<Integer> startPages = new ArrayList<>();
        for (PerformanceForm form : budget.forms()) {
            startPages.add(add(document, budget, form));
        }
        return startPages;
    }

    /**
     * Adds one form of the budget on a new page.
     *
     * @return the 1-based page number the form starts on
     */
    public int add(Document document, Budget budget, PerformanceForm form) {
        if (document.getPdfDocument().getNumberOfPages() > 0) {
            document.add(new AreaBreak(PageSize.A4));
        }
        FormSubject subject = FormSubject.of(budget, form);
        List<IndicatorLayout.Row> rows = IndicatorLayout.of(IndicatorSkeleton.of(budget.department().framework()),
                form.indicators());
        OnePage page = fittedToOnePage(document, subject, form, rows);
        if (page != null) {
            return page.draw(document);
        }
        // Too long for one page even at the smallest scale: full size, continued on the next page.
        int startPage = 0;
        for (IBlockElement element : elements(new FormCells(fonts, 1f), subject, form, rows)) {
            document.add(element);
            if (startPage == 0) {
                startPage = document.getRenderer().getCurrentArea().getPageNumber();
            }
        }
        return startPage;
    }

    /**
     * The form laid out to fit the page: at full size, or at the first scale that fits counting down in
     * whole per cent from page height ÷ full-size height; null when not even the smallest scale fits.
     */
    private OnePage fittedToOnePage(Document document, FormSubject subject, PerformanceForm form,
                                    List<IndicatorLayout.Row> rows) {
        OnePage page = OnePage.layOut(document, elements(new FormCells(fonts, 1f), subject, form, rows));
        if (page.fits()) {
            return page;
        }
        // Everything but a few fixed margins shrinks with the scale, and smaller type fits more on a
        // line, so at scale available/height the form takes at most about the page: start there.
        int smallest = Math.round(100 * SMALLEST_SCALE);
        int percent = Math.max(smallest, (int) Math.floor(100 * page.available() / page.height()));
        for (; percent >= smallest; percent--) {
            page = OnePage.layOut(document, elements(new FormCells(fonts, percent / 100f), subject, form, rows));
            if (page.fits()) {
                return page;
            }
        }
        return null;
    }

    /** The form's page: title, year, the grid in two tables, the signature line. */
    private static List<IBlockElement> elements(FormCells cells, FormSubject subject, PerformanceForm form,
                                                List<IndicatorLayout.Row> rows) {
        PdfFonts fonts = cells.fonts();
        return List.of(
                new Paragraph(subject.title()).setFont(fonts.bold()).setFontSize(TITLE_SIZE * cells.scale())
                        .setTextAlignment(TextAlignment.CENTER).setMarginTop(0).setMarginBottom(2),
                new Paragraph(subject.yearLine()).setFont(fonts.regular()).setFontSize(YEAR_SIZE * cells.scale())
                        .setTextAlignment(TextAlignment.CENTER).setMarginTop(0).setMarginBottom(6),
                new FormHeaderBlock(cells).build(subject, form),
                new IndicatorTable(cells).build(rows),
                signatures(cells, form.texts()));
    }

    /** 负责人 · 经办人 · 联系电话 · 填报日期 under the grid, as the reference prints them. */
    private static Table signatures(FormCells cells, FormTexts texts) {
        Table line = new Table(UnitValue.createPercentArray(new float[]{10, 15, 10, 15, 11, 17, 11, 17}))
                .useAllAvailableWidth().setFixedLayout().setFont(cells.fonts().regular()).setFontSize(9 * cells.scale())
                .setMarginTop(3);
        String[][] pairs = {{"负责人：", texts.personInCharge()}, {"经办人：", texts.handler()},
                {"联系电话：", texts.phone()}, {"填报日期：", texts.filledOn()}};
        for (String[] pair : pairs) {
            line.addCell(cells.plain(pair[0], TextAlignment.RIGHT)).addCell(cells.plain(pair[1], TextAlignment.LEFT));
        }
        return line;
    }
}
