package org.yusuan.workbench.report.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yusuan.workbench.domain.performance.Indicator;

/** What the printed indicator table writes in a name cell. */
class IndicatorTableTest {

    @Test
    void anIndicatorsNameShowsOnTheSideOfEachPeriodItIsSetFor() {
        Indicator both = new Indicator("产出指标", "数量指标", "人数", "183人", "183人");
        Indicator yearOnly = new Indicator("产出指标", "数量指标", "装备", null, "≥60件");
        Indicator blankValue = new Indicator("产出指标", "数量指标", "装备", " ", "≥60件");
        Indicator neither = new Indicator("产出指标", "数量指标", "漏填", null, null);

        assertThat(IndicatorTable.shownName(both, both.valueImplementation())).isEqualTo("人数");
        assertThat(IndicatorTable.shownName(yearOnly, yearOnly.valueImplementation())).isEmpty();
        assertThat(IndicatorTable.shownName(yearOnly, yearOnly.valueYear())).isEqualTo("装备");
        assertThat(IndicatorTable.shownName(blankValue, blankValue.valueImplementation())).isEmpty();
        assertThat(IndicatorTable.shownName(neither, null)).isEqualTo("漏填");
        assertThat(IndicatorTable.shownName(null, null)).isEmpty();
    }
}
