package org.yusuan.workbench.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yusuan.workbench.calc.ledger.BudgetLedger;
import org.yusuan.workbench.calc.narrative.ExplanationSection;
import org.yusuan.workbench.calc.narrative.NarrativeCalculator;
import org.yusuan.workbench.calc.narrative.NarrativeFigures;
import org.yusuan.workbench.calc.narrative.NarrativeText;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.money.Yuan;

/**
 * 项目类别 (其他运转类 / 特定目标类): count and amount from the entered category. The sample's
 * published booklet has no such sentence, so its 2023 template does not print it; the 2024 template
 * does, at the end of 三、支出预算情况说明.
 */
class ProjectCategoriesTest {

    private static NarrativeFigures figures(Budget budget) {
        return NarrativeCalculator.compute(budget, new BudgetLedger(budget, SampleFixture.CHART));
    }

    private static String section3(Budget budget) {
        List<ExplanationSection> sections = NarrativeText.render(budget, figures(budget));
        return String.join("\n", sections.get(2).paragraphs());
    }

    private static Budget in2024() {
        Budget sample = SampleFixture.budget();
        var d = sample.department();
        return sample.withDepartment(new org.yusuan.workbench.domain.budget.Department(d.code(), d.name(), 2024,
                d.framework()));
    }

    @Test
    void theSamplesCategoriesCountEveryProjectAndAddUpToItsProjectExpenditure() {
        NarrativeFigures f = figures(SampleFixture.budget());

        assertThat(f.projectCategories()).extracting(NarrativeFigures.ProjectCategory::label)
                .containsExactly("其他运转类", "特定目标类");
        assertThat(f.projectCategories()).extracting(NarrativeFigures.ProjectCategory::projects).containsExactly(11, 18);
        assertThat(f.projectCategories()).extracting(c -> c.amount().toWanYuan().grouped())
                .containsExactly("2,567.26", "2,827.45");
        Yuan sum = f.projectCategories().stream().map(NarrativeFigures.ProjectCategory::amount).reduce(Yuan.ZERO, Yuan::plus);
        assertThat(sum).isEqualTo(f.expenditure().project().amount());
    }

    @Test
    void theSamplesPublished2023TextHasNoCategorySentence() {
        assertThat(section3(SampleFixture.budget())).isEqualTo(
                "2023年度支出预算9,890.04万元，其中：基本支出4,495.34万元，占45.45%；项目支出5,394.70万元，占54.55%。");
    }

    @Test
    void fromTheTemplateThatIncludesItTheCategorySentenceIsPrinted() {
        assertThat(section3(in2024())).isEqualTo(
                "2024年度支出预算9,890.04万元，其中：基本支出4,495.34万元，占45.45%；项目支出5,394.70万元，占54.55%。"
                        + "项目支出中，其他运转类项目11个，金额2,567.26万元；特定目标类项目18个，金额2,827.45万元。");
    }

    @Test
    void aProjectWithoutItsCategoryLeavesTheSentenceOutRatherThanMiscount() {
        Budget budget = in2024();
        List<Project> projects = new ArrayList<>(budget.projects());
        Project p = projects.get(0);
        projects.set(0, new Project(p.id(), p.code(), p.unitCode(), p.name(), null, p.attribute(), p.period(),
                p.fundYear(), p.procurement(), p.note(), p.lines()));

        assertThat(section3(budget.withProjects(projects))).doesNotContain("项目类别", "其他运转类", "特定目标类");
    }
}
