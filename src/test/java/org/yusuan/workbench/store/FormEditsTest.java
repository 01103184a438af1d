package org.yusuan.workbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.performance.Indicator;
import org.yusuan.workbench.domain.performance.IndicatorFramework;
import org.yusuan.workbench.domain.performance.PerformanceForm;
import org.yusuan.workbench.service.SampleBudget;

/** A form replaced whole, deleted and restored in its old place; the framework switched; all read back from the file. */
class FormEditsTest {

    @TempDir
    Path dir;
    private Path file;

    @BeforeEach
    void createSample() {
        file = dir.resolve("budget.mv.db");
        try (BudgetDatabase db = BudgetDatabase.open(file)) {
            SampleBudget.createIn(db);
        }
    }

    @Test
    void updateKeepsTheIdAndReplacesIndicatorsDeleteAndRestoreKeepThePlace() {
        PerformanceForm third;
        PerformanceForm changed;
        try (BudgetDatabase db = BudgetDatabase.open(file)) {
            Budget budget = db.budgets().load().orElseThrow();
            third = budget.forms().get(2);
            List<Indicator> indicators = new ArrayList<>(third.indicators());
            indicators.remove(0);
            indicators.add(new Indicator("产出指标", "数量指标", "巡逻次数", "≥300次", "≥300次"));
            changed = new PerformanceForm(third.id(), third.projectCode(), "改过的表名", third.implementationFunds(),
                    third.yearFunds(), third.texts(), indicators);
            assertThat(db.edits().replaceForm(third, changed).id()).isEqualTo(third.id());
        }
        try (BudgetDatabase db = BudgetDatabase.open(file)) {
            Budget budget = db.budgets().load().orElseThrow();
            assertThat(budget.forms().get(2)).isEqualTo(changed);

            assertThat(db.edits().replaceForm(changed, null)).isNull();
            assertThat(db.budgets().load().orElseThrow().formOf(third.projectCode())).isEmpty();

            db.edits().replaceForm(null, changed);
            Budget restored = db.budgets().load().orElseThrow();
            assertThat(restored.forms()).hasSize(budget.forms().size());
            assertThat(restored.forms().get(2)).isEqualTo(changed);
        }
    }

    @Test
    void aNewFormGoesLastWithANewIdAndTheFrameworkIsStored() {
        try (BudgetDatabase db = BudgetDatabase.open(file)) {
            Budget budget = db.budgets().load().orElseThrow();
            String without = budget.projects().stream().map(p -> p.code())
                    .filter(c -> budget.formOf(c).isEmpty()).findFirst().orElseThrow();
            PerformanceForm blank = org.yusuan.workbench.domain.performance.FormDrafts.blank(without,
                    budget.project(without).orElseThrow().total());
            PerformanceForm stored = db.edits().replaceForm(null, blank);
            assertThat(stored.id()).isPositive();
            db.edits().setFramework(IndicatorFramework.GUIDANCE_2021);

            Budget after = db.budgets().load().orElseThrow();
            assertThat(after.forms().get(after.forms().size() - 1)).isEqualTo(stored);
            assertThat(after.department().framework()).isEqualTo(IndicatorFramework.GUIDANCE_2021);
        }
    }
}
