package org.yusuan.workbench.service.calculators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yusuan.workbench.domain.money.Yuan;

/**
 * 人员经费测算: Σ headcount × monthly standard × months for each pay item, then each contribution as a
 * rate of the wage total (the sum of the pay items).
 */
public final class PersonnelCostCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PersonnelCostCalculator() {
    }

    /**
     * @param months how many months of each pay item the year pays (12 for salaries; a one-off 奖金
     *               may be entered as 1 month of its standard)
     * @param rates  per cent of the wage total, by contribution; a missing one is not charged
     */
    public static PersonnelCost compute(List<StaffPay> staff, Map<PayItem, Integer> months,
                                        Map<Contribution, BigDecimal> rates) {
        List<CalculatedLine> lines = new ArrayList<>();
        Yuan wages = Yuan.ZERO;
        for (PayItem item : PayItem.values()) {
            int m = months.getOrDefault(item, 0);
            Yuan amount = Yuan.ZERO;
            List<String> basis = new ArrayList<>();
            for (StaffPay pay : staff) {
                Yuan standard = pay.standard(item);
                if (pay.headcount() == 0 || standard.isZero() || m == 0) {
                    continue;
                }
                // Headcount and months are whole numbers, so the product keeps 元 to the 分: exact, no rounding.
                amount = amount.plus(Yuan.of(standard.toBigDecimal().multiply(BigDecimal.valueOf((long) pay.headcount() * m))));
                basis.add(pay.category().label() + " " + pay.headcount() + "人×" + standard.format() + "元×" + m + "月");
            }
            if (!amount.isZero()) {
                lines.add(new CalculatedLine(item.economicCode(), item.label(), amount, String.join("；", basis)));
                wages = wages.plus(amount);
            }
        }
        for (Contribution c : Contribution.values()) {
            BigDecimal rate = rates.get(c);
            if (rate == null || rate.signum() == 0 || wages.isZero()) {
                continue;
            }
            // A rate of a sum in 分 has more decimals than a budget line may hold: each line is rounded
            // to the 分 once, half up, and the total is the sum of the rounded lines, so the lines
            // written always add up to the total shown.
            Yuan amount = Yuan.of(wages.toBigDecimal().multiply(rate).divide(HUNDRED, 2, RoundingMode.HALF_UP));
            lines.add(new CalculatedLine(c.economicCode(), c.label(), amount,
                    "工资总额 " + wages.format() + "元×" + rate.stripTrailingZeros().toPlainString() + "%（四舍五入到分）"));
        }
        return new PersonnelCost(wages, lines);
    }

    /** The result: the wage total (the contribution base) and one line per 款 with an amount. */
    public record PersonnelCost(Yuan wageTotal, List<CalculatedLine> lines) {

        public PersonnelCost {
            lines = List.copyOf(lines);
        }

        public Yuan total() {
            return lines.stream().map(CalculatedLine::amount).reduce(Yuan.ZERO, Yuan::plus);
        }
    }
}
