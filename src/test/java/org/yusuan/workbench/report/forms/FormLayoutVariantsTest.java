package org.yusuan.workbench.report.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.workbench.calc.SampleFixture;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.Department;
import org.yusuan.workbench.domain.performance.Indicator;
import org.yusuan.workbench.domain.performance.IndicatorFramework;
import org.yusuan.workbench.domain.performance.PerformanceForm;
import org.yusuan.workbench.report.pdf.PdfFonts;

/** The department-wide form, a form longer than a page, another framework, and use inside a booklet. */
class FormLayoutVariantsTest {

    private static final String INDICATOR_HEADINGS = "实施期指标年度指标一级指标二级指标三级指标指标值二级指标三级指标指标值";

    @TempDir
    Path dir;

    private final Budget sample = SampleFixture.budget();
    private final PerformanceForm first = sample.forms().get(0);

    @Test
    void theDepartmentWideFormNamesTheDepartmentInsteadOfAProject() throws IOException {
        PerformanceForm departmentWide = new PerformanceForm(0, null, null, first.implementationFunds(),
                first.yearFunds(), first.texts(), first.indicators());

        FormsPdf pdf = write(withForms(sample, List.of(departmentWide)));

        assertThat(pdf.pages()).hasSize(1);
        assertThat(pdf.pages().get(0))
                .startsWith("部门整体绩效目标申报表(2023年度)部门名称长治市公安局上党分局主管部门及代码012-长治市公安局上党分局")
                .contains("部门资金（元）", "年度资金总额：2,008,440", "公务员加班补贴发放人数183人")
                .doesNotContain("项目名称", "项目属性", "项目期");
    }

    @Test
    void aFormTooLongForOnePageContinuesWithTheIndicatorHeadingsRepeated() throws IOException {
        List<Indicator> many = new ArrayList<>();
        for (int i = 1; i <= 70; i++) {
            many.add(new Indicator("产出指标", "数量指标", String.format("第%02d项装备数量", i), i + "件", i + "件"));
        }
        PerformanceForm longForm = new PerformanceForm(0, first.projectCode(), first.title(),
                first.implementationFunds(), first.yearFunds(), first.texts(), many);
        Budget budget = withForms(sample, List.of(longForm, sample.forms().get(1)));

        Path file = dir.resolve("long.pdf");
        FormsDocument.Written written = FormsDocument.write(budget, file);
        FormsPdf pdf = FormsPdf.read(file);

        int next = written.startPages().get(1);
        assertThat(written.startPages().get(0)).isEqualTo(1);
        assertThat(next).isGreaterThanOrEqualTo(3);
        String longText = String.join("", pdf.pages().subList(0, next - 1));
        for (int page = 1; page < next; page++) {
            assertThat(pdf.count(page, INDICATOR_HEADINGS)).as("page %d", page).isEqualTo(1);
        }
        for (Indicator indicator : many) {
            assertThat(longText).contains(indicator.name() + indicator.valueImplementation());
            assertThat(longText.split(indicator.name(), -1)).as(indicator.name()).hasSize(3);
        }
        assertThat(pdf.pages().get(next - 1)).startsWith(FormsPdf.squeeze(sample.forms().get(1).title()))
                .contains("2023年值勤岗位津贴");
        assertThat(pdf.pages()).hasSize(next);
    }

    @Test
    void the2021FrameworkPrintsItsOwnSkeleton() throws IOException {
        Department d = sample.department();
        Budget budget = withForms(new Budget(new Department(d.code(), d.name(), d.budgetYear(),
                IndicatorFramework.GUIDANCE_2021), sample.units(), sample.staffing(), sample.basicLines(),
                sample.projects(), sample.forms(), sample.priorYear(), sample.stateAssets(), sample.narrative()),
                List.of(first));

        FormsPdf pdf = write(budget);

        assertThat(pdf.count(1, "经济成本指标")).isEqualTo(2);
        assertThat(pdf.count(1, "生态环境成本指标")).isEqualTo(2);
        // Form 1 files its costs under 产出指标 → 成本指标, which the 2021 skeleton does not have:
        // they still print (on both sides), after 产出指标's own 二级.
        assertThat(pdf.count(1, "2023年法定节假日加班补≤2008440元")).isEqualTo(2);
    }

    @Test
    void inABookletEachFormStartsOnANewPageAfterWhatCameBefore() throws IOException {
        Path file = dir.resolve("booklet.pdf");
        Budget budget = withForms(sample, sample.forms().subList(0, 2));
        List<Integer> startPages;
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(file.toFile()));
             Document document = new Document(pdf)) {
            PdfFonts fonts = PdfFonts.create();
            // A booklet's own margins, wider than the forms file's.
            document.setMargins(60, 50, 60, 50);
            document.add(new Paragraph("十、绩效管理情况").setFont(fonts.regular()));
            startPages = new PerformanceFormLayout(fonts).addAll(document, budget);
        }

        FormsPdf pdf = FormsPdf.read(file);
        assertThat(startPages).containsExactly(2, 3);
        assertThat(pdf.pages()).hasSize(3);
        assertThat(pdf.pages().get(0)).isEqualTo("十、绩效管理情况");
        assertThat(pdf.pages().get(1)).contains("2023年法定节假日加班补助", "长效管理机制建设完善");
        assertThat(pdf.pages().get(2)).contains("2023年值勤岗位津贴", "值班人员满意度≥95%");
    }

    private FormsPdf write(Budget budget) throws IOException {
        Path file = dir.resolve("forms.pdf");
        FormsDocument.write(budget, file);
        return FormsPdf.read(file);
    }

    private static Budget withForms(Budget b, List<PerformanceForm> forms) {
        return new Budget(b.department(), b.units(), b.staffing(), b.basicLines(), b.projects(), forms,
                b.priorYear(), b.stateAssets(), b.narrative());
    }
}
