package org.yusuan.workbench.audit;

import org.yusuan.workbench.domain.Labelled;

/**
 * How serious a finding is. An ERROR makes the budget wrong or incomplete for submission (the
 * finance bureau would refuse it); a WARNING is very likely an entry fault; a NOTICE is worth a look
 * but may be intended. Declared in that order: findings sort by it.
 */
public enum Severity implements Labelled {
    ERROR("错误"),
    WARNING("警告"),
    NOTICE("提示");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
