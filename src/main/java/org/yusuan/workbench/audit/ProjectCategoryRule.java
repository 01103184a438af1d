package org.yusuan.workbench.audit;

import static org.yusuan.workbench.audit.AuditTexts.TEXTS;

import java.util.List;

/**
 * A project with money and no 项目类别 (其他运转类 / 特定目标类): the narrative's count of projects by
 * category would then be wrong, so it leaves that sentence out (NarrativeCalculator) and this notice
 * names the project whose category is missing.
 */
final class ProjectCategoryRule implements AuditRule {

    @Override
    public String id() {
        return "D.project-category";
    }

    @Override
    public Severity severity() {
        return Severity.NOTICE;
    }

    @Override
    public List<Finding> check(AuditContext context) {
        return context.budget().projects().stream()
                .filter(p -> p.category() == null && !p.total().isZero())
                .map(p -> finding(TEXTS.get("rule.D.project-category.message", context.projectLabel(p)),
                        RecordRef.project(p.unitCode(), p.code())))
                .toList();
    }
}
