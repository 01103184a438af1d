package org.yusuan.workbench.audit;

import org.yusuan.workbench.domain.Labelled;

/** What kind of record a finding points at, so a screen can open the right editor. */
public enum RecordKind implements Labelled {
    DEPARTMENT("部门"),
    UNIT("单位"),
    BASIC_LINE("基本支出明细"),
    PROJECT("项目"),
    PROJECT_LINE("项目明细"),
    FORM("绩效目标申报表"),
    INDICATOR("绩效指标"),
    TABLE("预算公开表");

    private final String label;

    RecordKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
