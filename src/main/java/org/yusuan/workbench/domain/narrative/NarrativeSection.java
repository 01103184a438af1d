package org.yusuan.workbench.domain.narrative;

import org.yusuan.workbench.domain.Labelled;

/** The accountant's own texts in the booklet; every figure around them is computed. */
public enum NarrativeSection implements Labelled {
    DUTIES("部门职责"),
    ORGANISATION("机构设置"),
    CHANGE_REASON("收支变动原因"),
    THREE_PUBLIC_REASON("三公经费变动原因"),
    VEHICLE_PURCHASE_REASON("公务用车购置费变动原因"),
    ADMINISTRATIVE_RUNNING_REASON("机关运行经费变动原因"),
    PERFORMANCE_TARGETS("绩效目标情况"),
    PURCHASED_SERVICES("政府购买服务指导性目录"),
    OTHER_NOTES("其他说明");

    private final String label;

    NarrativeSection(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
