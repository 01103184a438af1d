package org.yusuan.workbench.service.calculators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yusuan.workbench.domain.budget.StaffCategory;
import org.yusuan.workbench.domain.money.Yuan;

/** 人员经费测算 to the 分, worked by hand. */
class PersonnelCostCalculatorTest {

    private static final Map<PayItem, Integer> TWELVE = Map.of(PayItem.BASIC_SALARY, 12, PayItem.ALLOWANCES, 12,
            PayItem.BONUS, 1, PayItem.PERFORMANCE_PAY, 12);

    @Test
    void payIsHeadcountTimesStandardTimesMonthsAndContributionsAreRatesOfTheWageTotal() {
        var cost = PersonnelCostCalculator.compute(List.of(
                new StaffPay(StaffCategory.ADMINISTRATIVE, 3, Map.of(PayItem.BASIC_SALARY, y("3333.33"),
                        PayItem.ALLOWANCES, y("1000.01"), PayItem.BONUS, y("3333.33"))),
                new StaffPay(StaffCategory.SUPPORT, 1, Map.of(PayItem.BASIC_SALARY, y("2000.00"),
                        PayItem.PERFORMANCE_PAY, y("500.55")))),
                TWELVE, Map.of(Contribution.PENSION, new BigDecimal("16"), Contribution.OCCUPATIONAL_ANNUITY,
                        new BigDecimal("8"), Contribution.MEDICAL, new BigDecimal("7.5"),
                        Contribution.HOUSING_FUND, new BigDecimal("12")));

        // 30101: 3×3333.33×12 + 1×2000×12 = 119999.88 + 24000 = 143999.88
        // 30102: 3×1000.01×12 = 36000.36; 30103: 3×3333.33×1 = 9999.99; 30107: 500.55×12 = 6006.60
        assertThat(cost.lines()).extracting(CalculatedLine::economicCode)
                .containsExactly("30101", "30102", "30103", "30107", "30108", "30109", "30110", "30113");
        assertThat(cost.lines().get(0).amount()).isEqualTo(y("143999.88"));
        assertThat(cost.wageTotal()).isEqualTo(y("196006.83"));
        // 196006.83 × 16% = 31361.0928 → 31361.09; × 8% = 15680.5464 → 15680.55;
        // × 7.5% = 14700.51225 → 14700.51; × 12% = 23520.8196 → 23520.82
        assertThat(cost.lines().subList(4, 8)).extracting(CalculatedLine::amount)
                .containsExactly(y("31361.09"), y("15680.55"), y("14700.51"), y("23520.82"));
        assertThat(cost.total()).isEqualTo(y("281269.80"));
        assertThat(cost.lines().get(5).basis()).contains("8%", "四舍五入");
    }

    @Test
    void halfAFenRoundsUp() {
        var cost = PersonnelCostCalculator.compute(
                List.of(new StaffPay(StaffCategory.OTHER, 1, Map.of(PayItem.BASIC_SALARY, y("0.25")))),
                Map.of(PayItem.BASIC_SALARY, 1), Map.of(Contribution.HOUSING_FUND, new BigDecimal("10")));
        // 0.25 × 10% = 0.025 → 0.03 (half up, not banker's 0.02)
        assertThat(cost.lines().get(1).amount()).isEqualTo(y("0.03"));
    }

    @Test
    void nothingToPayWritesNoLines() {
        var cost = PersonnelCostCalculator.compute(List.of(new StaffPay(StaffCategory.OTHER, 0,
                Map.of(PayItem.BASIC_SALARY, y("5000")))), TWELVE, Map.of(Contribution.PENSION, new BigDecimal("16")));
        assertThat(cost.lines()).isEmpty();
        assertThat(cost.total()).isEqualTo(Yuan.ZERO);
    }

    @Test
    void publicFundsAreQuotaTimesHeadcountOrTheDirectAmount() {
        var lines = PublicFundsCalculator.compute(219, List.of(
                new PublicFundsItem("30201", "办公费", y("1200.50"), null),
                new PublicFundsItem("30211", "差旅费", null, y("88000.01")),
                new PublicFundsItem("30213", "维修（护）费", null, null)));
        assertThat(lines).extracting(CalculatedLine::amount).containsExactly(y("262909.50"), y("88000.01"));
        assertThat(PublicFundsCalculator.total(lines)).isEqualTo(y("350909.51"));
        assertThat(lines.get(0).basis()).isEqualTo("定额 1,200.50元/人×219人");
    }

    private static Yuan y(String text) {
        return Yuan.parse(text);
    }
}
