package org.yusuan.workbench.report.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yusuan.workbench.domain.money.Yuan;

class FormAmountsTest {

    @Test
    void wholeAmountsPrintWithoutDecimalsOthersWithBoth() {
        assertThat(FormAmounts.format(Yuan.parse("2008440.00"))).isEqualTo("2,008,440");
        assertThat(FormAmounts.format(Yuan.parse("2137893.6"))).isEqualTo("2,137,893.60");
        assertThat(FormAmounts.format(Yuan.parse("13400673.84"))).isEqualTo("13,400,673.84");
        assertThat(FormAmounts.format(Yuan.parse("0.05"))).isEqualTo("0.05");
        assertThat(FormAmounts.format(Yuan.parse("-1200"))).isEqualTo("-1,200");
    }

    @Test
    void zeroPrintsZeroAndABlankPartPrintsBlank() {
        assertThat(FormAmounts.format(Yuan.ZERO)).isEqualTo("0");
        assertThat(FormAmounts.format(null)).isEmpty();
    }
}
