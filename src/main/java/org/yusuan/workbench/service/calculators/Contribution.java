package org.yusuan.workbench.service.calculators;

import java.math.BigDecimal;
import org.yusuan.workbench.domain.Labelled;

/**
 * Employer contributions charged on the wage total. The default rates are the usual national ones
 * (养老 16%, 职业年金 8%, 公积金 12%); 医疗 varies by city, so its default is only a starting value.
 */
public enum Contribution implements Labelled {
    PENSION("机关事业单位基本养老保险缴费", "30108", "16"),
    OCCUPATIONAL_ANNUITY("职业年金缴费", "30109", "8"),
    MEDICAL("职工基本医疗保险缴费", "30110", "8"),
    HOUSING_FUND("住房公积金", "30113", "12");

    private final String label;
    private final String economicCode;
    private final BigDecimal defaultRate;

    Contribution(String label, String economicCode, String defaultRate) {
        this.label = label;
        this.economicCode = economicCode;
        this.defaultRate = new BigDecimal(defaultRate);
    }

    @Override
    public String label() {
        return label;
    }

    public String economicCode() {
        return economicCode;
    }

    /** Per cent of the wage total. */
    public BigDecimal defaultRate() {
        return defaultRate;
    }
}
