package org.yusuan.workbench.domain.narrative;

import org.yusuan.workbench.domain.Labelled;

/** 上年预算数 the narrative compares this year's figures against. */
public enum PriorYearItem implements Labelled {
    INCOME_TOTAL("收入总计"),
    EXPENDITURE_TOTAL("支出总计"),
    GENERAL_PUBLIC_CURRENT("一般公共预算当年拨款"),
    OFFICIAL_OVERSEAS_TRAVEL("因公出国（境）费"),
    OFFICIAL_RECEPTION("公务接待费"),
    OFFICIAL_VEHICLE_PURCHASE("公务用车购置费"),
    OFFICIAL_VEHICLE_OPERATION("公务用车运行维护费"),
    ADMINISTRATIVE_RUNNING("机关运行经费");

    private final String label;

    PriorYearItem(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
