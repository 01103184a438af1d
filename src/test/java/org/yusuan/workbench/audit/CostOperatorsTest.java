package org.yusuan.workbench.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yusuan.workbench.domain.performance.Indicator;

/**
 * I.cost-amount for every comparison a form writes, full-width and ASCII, against the tiny budget's
 * project of 50,000.00元 (5万元): a cost "more than" the whole money is impossible, a ceiling or a
 * floor above it is a slip of unit or figure, a value at the money or below it is fine.
 */
class CostOperatorsTest {

    @ParameterizedTest(name = "{0} → flagged: {1}")
    @CsvSource({
            // Exactly the project's money.
            "＞5万元, true", ">5万元, true", "＞50000元, true", ">50000元, true",
            "≥5万元, false", ">=5万元, false", "＝5万元, false", "=5万元, false", "5万元, false",
            "≤5万元, false", "<=5万元, false", "＜5万元, false", "<5万元, false",
            // Above it.
            "＞6万元, true", ">6万元, true", "≥6万元, true", ">=6万元, true", "＝6万元, true", "=6万元, true",
            "≤6万元, true", "<=6万元, true", "＜6万元, true", "<6万元, true", "60000元, true",
            // Below it.
            "＞4万元, false", ">4.99万元, false", "≥49999.99元, false", "＝4万元, false", "≤4万元, false", "<4万元, false",
    })
    void everyOperatorIsComparedWithTheProjectsMoney(String value, boolean flagged) {
        TinyBudget b = new TinyBudget();
        Indicator cost = b.indicators.get(3);
        b.indicators.set(3, new Indicator(cost.level1(), cost.level2(), cost.name(), value, value));

        AuditReport report = Audit.standard().run(b.build(), org.yusuan.workbench.calc.SampleFixture.CHART);

        if (flagged) {
            assertThat(report.findings()).extracting(Finding::ruleId).containsOnly("I.cost-amount").hasSize(2);
            assertThat(report.findings().get(0).message()).contains(value);
        } else {
            assertThat(report.findings()).isEmpty();
        }
    }
}
