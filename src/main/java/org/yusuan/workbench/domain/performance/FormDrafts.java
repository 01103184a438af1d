package org.yusuan.workbench.domain.performance;

import org.yusuan.workbench.domain.money.Yuan;

/**
 * How a new form starts. Its funds come from the budget: the annual total must equal the project's
 * budget (the audit checks it), and most projects are financed by the 市县 treasury alone, so 市县财政资金
 * starts equal to the total and the accountant changes it where another source pays part.
 */
public final class FormDrafts {

    private FormDrafts() {
    }

    /** An empty form for a project (or the 部门整体 form, project code null) whose budget is {@code total}. */
    public static PerformanceForm blank(String projectCode, Yuan total) {
        return new PerformanceForm(0, projectCode, null, funds(total), funds(total), FormTexts.EMPTY,
                java.util.List.of());
    }

    /**
     * A new form with the texts and indicators of {@code template} (another project's form), and funds
     * from this project's budget; 填报日期 is left for the accountant, as the copied one is another form's.
     */
    public static PerformanceForm fromTemplate(PerformanceForm template, String projectCode, Yuan total) {
        FormTexts t = template.texts();
        FormTexts texts = new FormTexts(t.overview(), t.basis(), t.necessity(), t.safeguards(), t.plan(),
                t.goalImplementation(), t.goalYear(), t.personInCharge(), t.handler(), t.phone(), null);
        return new PerformanceForm(0, projectCode, template.title(), funds(total), funds(total), texts,
                template.indicators());
    }

    private static FormFunds funds(Yuan total) {
        return new FormFunds(total, null, null, total, null, null);
    }
}
