package org.yusuan.workbench.domain.budget;

import org.yusuan.workbench.domain.Labelled;

/** 人员类别 of a unit's staffing. */
public enum StaffCategory implements Labelled {
    ADMINISTRATIVE("行政编制"),
    CIVIL_SERVICE_MANAGED("参公编制"),
    INSTITUTION("事业编制"),
    SUPPORT("工勤编制"),
    OTHER("其他");

    private final String label;

    StaffCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
