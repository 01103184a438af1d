package org.yusuan.workbench.audit;

import java.util.ArrayList;
import java.util.List;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;

/** 审核: runs every rule over a budget and returns the findings, 错误 first, then by rule. */
public final class Audit {

    private final List<AuditRule> rules;

    public Audit(List<AuditRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** All rules of docs/audit-rules.md, with the shipped qualitative words only. */
    public static Audit standard() {
        return standard(IndicatorWords.shipped());
    }

    /** All rules of docs/audit-rules.md; indicator values are read with {@code words}. */
    public static Audit standard(IndicatorWords words) {
        List<TableIdentityRule> identities = List.of(new Table1BalanceRule(), new FunctionalRollupRule(),
                new BasicProjectSplitRule(), new SubtotalRule(), new CrossTableRule());
        List<AuditRule> rules = new ArrayList<>(identities);
        rules.add(new RoundingDifferenceRule(identities));
        rules.addAll(List.of(new CodesInCatalogRule(), new CatalogYearRule(), new GovernmentCodeRule(),
                new MissingFormRule(), new FormTotalRule(), new FormSourcesRule(), new FormPeriodRule(),
                new IndicatorValueRule(words.words()), new WordListRule(words), new DoubledIndicatorRule(),
                new CostIndicatorRule(), new CostAboveAmountRule(words.words()), new RequiredLevelsRule(),
                new DoubledTextRule(), new CopiedTextRule(), new MarkupTextRule(), new StaffCountRule(),
                new ExpenseKindOverrideRule(), new GovernmentOverrideRule(), new StaffingRule(),
                new ProjectCategoryRule(), new StateAssetsRule()));
        return new Audit(rules);
    }

    public List<AuditRule> rules() {
        return rules;
    }

    public AuditReport run(Budget budget, ChartOfAccounts chart) {
        return run(AuditContext.of(budget, chart));
    }

    public AuditReport run(AuditContext context) {
        List<Finding> findings = new ArrayList<>();
        rules.forEach(rule -> findings.addAll(rule.check(context)));
        // A stable sort keeps each rule's own order (print order of the records) within severity and rule.
        findings.sort(Finding.ORDER);
        return new AuditReport(findings);
    }
}
