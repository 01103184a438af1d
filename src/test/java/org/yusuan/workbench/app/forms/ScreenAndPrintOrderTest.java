package org.yusuan.workbench.app.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.performance.Indicator;
import org.yusuan.workbench.domain.performance.IndicatorFramework;
import org.yusuan.workbench.domain.performance.PerformanceForm;
import org.yusuan.workbench.report.forms.FormsDocument;
import org.yusuan.workbench.service.BudgetFile;
import org.yusuan.workbench.service.BudgetFiles;
import org.yusuan.workbench.service.BudgetWorkspace;
import org.yusuan.workbench.service.Edit;

/**
 * The indicator grid on screen and the printed 绩效目标申报表 list a form's indicators in the same
 * order, for every framework, misfiled ones included (a known 一级 with an unknown 二级 was row 9 on
 * screen and row 4 in print while each kept its own ordering).
 */
class ScreenAndPrintOrderTest {

    private static final String PROJECT = "012001-001";

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(IndicatorFramework.class)
    void theScreenAndThePrintedFormListTheSameIndicatorsInTheSameOrder(IndicatorFramework framework) throws IOException {
        try (BudgetFile file = new BudgetFiles().openWithSample(dir.resolve("b.mv.db"))) {
            BudgetWorkspace workspace = file.workspace().orElseThrow();
            FormsViewModel model = new FormsViewModel(workspace);
            model.setDepartmentFramework(framework);
            PerformanceForm before = workspace.budget().formOf(PROJECT).orElseThrow();
            List<Indicator> indicators = new ArrayList<>(before.indicators());
            String firstLevel1 = indicators.get(0).level1();
            indicators.add(0, new Indicator(firstLevel1, "未知二级指标", "归错的指标甲", "1", "1"));
            indicators.add(new Indicator("未知一级指标", "未知二级指标", "归错的指标乙", "2", "2"));
            workspace.apply(new Edit.FormChange("misfiled", before, new PerformanceForm(before.id(), before.projectCode(),
                    before.title(), before.implementationFunds(), before.yearFunds(), before.texts(), indicators)));
            model.select(PROJECT);

            List<String> onScreen = model.rows().stream().filter(r -> !r.isPlaceholder()).map(IndicatorRow::name).toList();
            assertThat(onScreen).contains("归错的指标甲", "归错的指标乙").hasSize(indicators.size());
            assertPrintedInOrder(workspace.budget(), onScreen);
        }
    }

    /** Each name is found on the printed form after the one before it. */
    private void assertPrintedInOrder(Budget budget, List<String> names) throws IOException {
        Path pdf = dir.resolve("forms.pdf");
        FormsDocument.Written written = FormsDocument.write(budget, pdf);
        int form = budget.forms().indexOf(budget.formOf(PROJECT).orElseThrow());
        int from = written.startPages().get(form);
        int to = form + 1 < written.startPages().size() ? written.startPages().get(form + 1) - 1 : written.pages();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            text = stripper.getText(document).replaceAll("\\s", "");
        }
        int at = text.indexOf("三级指标");
        assertThat(at).as("the indicator table's header").isNotNegative();
        for (String name : names) {
            int found = text.indexOf(name.replaceAll("\\s", ""), at);
            assertThat(found).as("「" + name + "」 printed after the indicators before it on screen").isGreaterThan(at);
            at = found;
        }
    }
}
