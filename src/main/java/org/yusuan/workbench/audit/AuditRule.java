package org.yusuan.workbench.audit;

import java.util.List;

/**
 * One check of a budget. Each rule has a fixed severity, so that a reader of docs/audit-rules.md
 * knows what an id means wherever it is reported.
 */
public interface AuditRule {

    /** Stable id, e.g. {@code F.missing}; the findings of a rule carry it. */
    String id();

    Severity severity();

    /**
     * Short title that names the problem in words ("项目缺少绩效目标表"), shown with every finding in
     * the workstation and by {@code yusuan audit}; docs/audit-rules.md lists the same Chinese words.
     * From the audit bundle under {@code rule.<id>.title}, so English runs say it in English.
     */
    default String title() {
        return AuditTexts.TEXTS.get("rule." + id() + ".title");
    }

    /** What the rule checks and why ({@code rule.<id>.description}). */
    default String description() {
        return AuditTexts.TEXTS.get("rule." + id() + ".description");
    }

    List<Finding> check(AuditContext context);

    /** A finding of this rule. */
    default Finding finding(String message, RecordRef ref) {
        return new Finding(id(), title(), severity(), message, ref);
    }
}
