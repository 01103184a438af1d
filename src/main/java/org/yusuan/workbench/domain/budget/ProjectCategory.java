package org.yusuan.workbench.domain.budget;

import org.yusuan.workbench.domain.Labelled;

/** 项目类别. */
public enum ProjectCategory implements Labelled {
    OTHER_OPERATING("其他运转类"),
    SPECIFIC_TARGET("特定目标类");

    private final String label;

    ProjectCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
