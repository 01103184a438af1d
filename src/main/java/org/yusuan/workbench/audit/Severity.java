package org.yusuan.workbench.audit;

import org.yusuan.workbench.domain.Labelled;

/**
 * How serious a finding is. An ERROR makes the budget wrong or incomplete for submission (the
 * finance bureau would refuse it); a WARNING is very likely an entry fault; a NOTICE is worth a look
 * but may be intended. Declared in that order: findings sort by it. Labelled 错误/警告/提示 (or
 * Error/Warning/Notice) by the audit bundle.
 */
public enum Severity implements Labelled {
    ERROR,
    WARNING,
    NOTICE;

    @Override
    public String label() {
        // From the audit bundle, so that an English run labels findings in English.
        return AuditTexts.TEXTS.get("severity." + name());
    }
}
