package org.yusuan.workbench.audit;

import org.yusuan.workbench.domain.Labelled;

/** What kind of record a finding points at, so a screen can open the right editor. */
public enum RecordKind implements Labelled {
    DEPARTMENT,
    UNIT,
    BASIC_LINE,
    PROJECT,
    PROJECT_LINE,
    FORM,
    INDICATOR,
    TABLE;

    @Override
    public String label() {
        // From the audit bundle, so that an English run labels findings in English.
        return AuditTexts.TEXTS.get("kind." + name());
    }
}
