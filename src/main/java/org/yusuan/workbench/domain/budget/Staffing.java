package org.yusuan.workbench.domain.budget;

/** 人员编制 of one category in one unit: 编制数 and 实有人数 (在职). */
public record Staffing(String unitCode, StaffCategory category, int authorized, int actual) {

    public Staffing {
        if (authorized < 0 || actual < 0) {
            throw new IllegalArgumentException("headcounts are never negative");
        }
    }
}
