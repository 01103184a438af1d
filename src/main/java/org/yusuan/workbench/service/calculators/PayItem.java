package org.yusuan.workbench.service.calculators;

import org.yusuan.workbench.domain.Labelled;

/** Pay paid per person per month, each on its own 工资福利支出 款. */
public enum PayItem implements Labelled {
    BASIC_SALARY("基本工资", "30101"),
    ALLOWANCES("津贴补贴", "30102"),
    BONUS("奖金", "30103"),
    PERFORMANCE_PAY("绩效工资", "30107");

    private final String label;
    private final String economicCode;

    PayItem(String label, String economicCode) {
        this.label = label;
        this.economicCode = economicCode;
    }

    @Override
    public String label() {
        return label;
    }

    public String economicCode() {
        return economicCode;
    }
}
