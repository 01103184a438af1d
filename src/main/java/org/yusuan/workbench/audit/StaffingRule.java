package org.yusuan.workbench.audit;

import static org.yusuan.workbench.audit.AuditTexts.TEXTS;

import java.util.List;
import org.yusuan.workbench.domain.budget.Staffing;

/**
 * 人员编制 not entered: the booklet's 概况 then leaves its staffing sentence out rather than print
 * "编制人员共0人，实有在职人数0人", and this notice says why the sentence is missing. A notice, not a
 * warning: the tables do not depend on it, but every published booklet states the staffing.
 */
final class StaffingRule implements AuditRule {

    @Override
    public String id() {
        return "D.staffing";
    }

    @Override
    public Severity severity() {
        return Severity.NOTICE;
    }

    @Override
    public List<Finding> check(AuditContext context) {
        return Staffing.totals(context.budget().staffing()).isPresent() ? List.of()
                : List.of(finding(TEXTS.get("rule.D.staffing.message"), RecordRef.department()));
    }
}
