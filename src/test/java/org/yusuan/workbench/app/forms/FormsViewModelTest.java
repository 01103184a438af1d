package org.yusuan.workbench.app.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.workbench.audit.Finding;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.domain.performance.Indicator;
import org.yusuan.workbench.domain.performance.IndicatorFramework;
import org.yusuan.workbench.domain.performance.IndicatorLibrary;
import org.yusuan.workbench.domain.performance.PerformanceForm;
import org.yusuan.workbench.service.BudgetWorkspace;
import org.yusuan.workbench.service.SampleBudget;
import org.yusuan.workbench.store.BudgetDatabase;

/** The form editor without the FX thread, on the sample in a temporary file. */
class FormsViewModelTest {

    /** 扫黑除恶, a 20万元 project whose form has the cost indicator ≤20万元. */
    private static final String PROJECT = "012001-001";

    @TempDir
    Path dir;
    private BudgetDatabase db;
    private BudgetWorkspace workspace;
    private FormsViewModel model;

    @BeforeEach
    void open() {
        db = BudgetDatabase.open(dir.resolve("b.mv.db"));
        SampleBudget.createIn(db);
        workspace = new BudgetWorkspace(db, db.budgets().load().orElseThrow());
        model = new FormsViewModel(workspace);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private IndicatorRow row(String name) {
        return model.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private Budget stored() {
        return db.budgets().load().orElseThrow();
    }

    private long costWarnings() {
        return workspace.audit().ofRule("I.cost-amount").stream().map(Finding::ref)
                .filter(r -> PROJECT.equals(r.projectCode())).count();
    }

    @Test
    void aCostAboveTheProjectBudgetShowsTheAuditWarning() {
        assertThat(model.select(PROJECT)).isTrue();
        assertThat(model.budgetCheckProperty().get()).contains("200,000.00", "一致");
        assertThat(costWarnings()).isZero();

        assertThat(model.editValue(row("扫黑除恶专项经费成本"), FormPeriod.YEAR, "≤30万元")).isEmpty();

        assertThat(costWarnings()).isEqualTo(1);
        assertThat(stored().formOf(PROJECT).orElseThrow().indicators().get(3).valueYear()).isEqualTo("≤30万元");
        workspace.undo();
        assertThat(costWarnings()).isZero();
    }

    @Test
    void copyingTheImplementationValuesToTheYearIsOneUndoableEdit() {
        model.select(PROJECT);
        model.editValue(row("群众满意度"), FormPeriod.IMPLEMENTATION, "≥98%");
        model.editValue(row("违法犯罪案件破案率"), FormPeriod.IMPLEMENTATION, "≥92%");
        assertThat(row("群众满意度").value(FormPeriod.YEAR)).isEqualTo("≥95%");

        model.copyImplementationToYear();
        assertThat(row("群众满意度").value(FormPeriod.YEAR)).isEqualTo("≥98%");
        assertThat(row("违法犯罪案件破案率").value(FormPeriod.YEAR)).isEqualTo("≥92%");
        assertThat(stored().formOf(PROJECT).orElseThrow().indicators())
                .allSatisfy(i -> assertThat(i.valueYear()).isEqualTo(i.valueImplementation()));
        assertThat(workspace.undoDescription()).contains("复制实施期到年度");

        workspace.undo();
        assertThat(row("群众满意度").value(FormPeriod.YEAR)).isEqualTo("≥95%");
        assertThat(row("违法犯罪案件破案率").value(FormPeriod.YEAR)).isEqualTo("≥90%");
        assertThat(stored().formOf(PROJECT).orElseThrow().indicators()).extracting(Indicator::valueYear)
                .contains("≥95%", "≥90%");
    }

    @Test
    void malformedValuesAndAmountsAreRefusedWithTheirReasonAndNothingIsStored() {
        model.select(PROJECT);
        PerformanceForm before = stored().formOf(PROJECT).orElseThrow();

        assertThat(model.editValue(row("群众满意度"), FormPeriod.YEAR, "≥95"))
                .hasValueSatisfying(m -> assertThat(m).contains("年度指标值", "缺少计量单位", "未保存"));
        assertThat(model.messageProperty().get()).contains("缺少计量单位");
        assertThat(model.editValue(row("恶性案件发生率"), FormPeriod.IMPLEMENTATION, "提高提高"))
                .hasValueSatisfying(m -> assertThat(m).contains("实施期指标值", "提高", "重复"));
        assertThat(model.editFund(FormPeriod.YEAR, FundPart.LOCAL, "12.345"))
                .hasValueSatisfying(m -> assertThat(m).contains("年度市县（区）财政资金"));
        assertThat(model.editName(row("群众满意度"), "满意满意"))
                .hasValueSatisfying(m -> assertThat(m).contains("三级指标", "满意"));

        assertThat(workspace.canUndo()).isFalse();
        assertThat(stored().formOf(PROJECT).orElseThrow()).isEqualTo(before);

        // a qualitative value from the list is accepted
        assertThat(model.editValue(row("恶性案件发生率"), FormPeriod.YEAR, "明显降低")).isEmpty();
        assertThat(model.messageProperty().get()).isEmpty();
    }

    @Test
    void aFormFromATemplateWithALibraryIndicatorIsStoredAndReadBackFromTheReopenedFile() {
        Budget budget = workspace.budget();
        String without = budget.projects().stream().filter(p -> budget.formOf(p.code()).isEmpty())
                .findFirst().orElseThrow().code();
        Yuan total = budget.project(without).orElseThrow().total();
        model.select(without);
        assertThat(model.form()).isEmpty();
        FormEntry template = model.entries().stream().filter(e -> PROJECT.equals(e.projectCode())).findFirst().orElseThrow();

        assertThat(model.createFromTemplate(template)).isEmpty();
        assertThat(model.editFund(FormPeriod.YEAR, FundPart.CENTRAL, "1,000")).isEmpty();
        IndicatorLibrary.Entry found = model.searchLibrary("破案率").get(0);
        IndicatorRow quality = model.rows().stream().filter(r -> r.level2().equals("质量指标")).findFirst().orElseThrow();
        assertThat(model.insertFromLibrary(found, quality)).isEmpty();
        model.editText(FormField.HANDLER, "姜丽萍");
        db.close();

        db = BudgetDatabase.open(dir.resolve("b.mv.db"));
        PerformanceForm form = db.budgets().load().orElseThrow().formOf(without).orElseThrow();
        PerformanceForm copied = budget.formOf(PROJECT).orElseThrow();
        assertThat(form.yearFunds().total()).isEqualTo(total);
        assertThat(form.yearFunds().local()).isEqualTo(total);
        assertThat(form.yearFunds().central()).isEqualTo(Yuan.parse("1000"));
        assertThat(form.texts().overview()).isEqualTo(copied.texts().overview());
        assertThat(form.texts().handler()).isEqualTo("姜丽萍");
        assertThat(form.indicators()).hasSize(copied.indicators().size() + 1);
        assertThat(form.indicators()).filteredOn(i -> i.level2().equals("质量指标")).extracting(Indicator::name)
                .contains(found.name());
    }

    @Test
    void convertingTo2021AndBackKeepsEveryIndicatorAndSwitchingTheFrameworkIsStored() {
        model.select(PROJECT);
        PerformanceForm before = model.form().orElseThrow();

        model.setDepartmentFramework(IndicatorFramework.GUIDANCE_2021); // converts the forms with it
        PerformanceForm converted = stored().formOf(PROJECT).orElseThrow();
        assertThat(converted.indicators()).hasSameSizeAs(before.indicators());
        assertThat(converted.indicators().get(3).level1()).isEqualTo("成本指标");
        assertThat(model.rows()).anySatisfy(r -> assertThat(r.level2()).isEqualTo("经济成本指标"));
        assertThat(stored().department().framework()).isEqualTo(IndicatorFramework.GUIDANCE_2021);
        assertThat(model.convertFramework(IndicatorFramework.GUIDANCE_2021)).isPresent();

        model.convertFramework(IndicatorFramework.TRADITIONAL);
        assertThat(stored().formOf(PROJECT).orElseThrow()).isEqualTo(before);
    }

    @Test
    void aNameTypedOnAnEmptyLevel2RowAddsTheIndicatorThere() {
        model.select(PROJECT);
        IndicatorRow economic = model.rows().stream().filter(r -> r.level2().equals("经济效益指标")).findFirst().orElseThrow();
        assertThat(economic.isPlaceholder()).isTrue();

        model.editName(economic, "挽回经济损失");

        IndicatorRow added = row("挽回经济损失");
        assertThat(added.level2()).isEqualTo("经济效益指标");
        assertThat(added.firstOfLevel2()).isTrue();
        model.deleteIndicators(java.util.List.of(added));
        assertThat(model.rows()).noneMatch(r -> r.name().equals("挽回经济损失"));
    }

    @Test
    void switchingTheDepartmentTo2021ConvertsEveryFormInOneStepWithoutLosingAnIndicator() {
        var before = db.budgets().load().orElseThrow();
        int indicators = before.indicatorCount();

        model.setDepartmentFramework(org.yusuan.workbench.domain.performance.IndicatorFramework.GUIDANCE_2021);

        var after = db.budgets().load().orElseThrow();
        org.assertj.core.api.Assertions.assertThat(after.department().framework())
                .isEqualTo(org.yusuan.workbench.domain.performance.IndicatorFramework.GUIDANCE_2021);
        org.assertj.core.api.Assertions.assertThat(after.indicatorCount()).isEqualTo(indicators);
        org.assertj.core.api.Assertions.assertThat(after.forms().stream().flatMap(f -> f.indicators().stream()))
                .noneMatch(i -> i.level1().equals("产出指标") && i.level2().equals("成本指标"))
                .anyMatch(i -> i.level1().equals("成本指标"));
        org.assertj.core.api.Assertions.assertThat(workspace.budget().forms()).isEqualTo(after.forms());

        workspace.undo();
        org.assertj.core.api.Assertions.assertThat(db.budgets().load().orElseThrow()).isEqualTo(before);
        org.assertj.core.api.Assertions.assertThat(workspace.budget().forms()).isEqualTo(before.forms());
    }
}
