package org.yusuan.workbench.domain.performance;

import java.util.Optional;
import java.util.stream.Stream;
import org.yusuan.workbench.domain.money.Yuan;

/**
 * The funds block of a performance form for one period (实施期 or 年度), in 元. A null part was
 * left blank on the form, which prints differently from 0.
 */
public record FormFunds(Yuan total, Yuan central, Yuan provincial, Yuan local, Yuan selfRaised, Yuan other) {

    public static final FormFunds BLANK = new FormFunds(null, null, null, null, null, null);

    /** 中央 + 省级 + 市县 + 自筹 + 其他, blanks counting as 0. */
    public Yuan sumOfParts() {
        return Stream.of(central, provincial, local, selfRaised, other)
                .map(p -> Optional.ofNullable(p).orElse(Yuan.ZERO))
                .reduce(Yuan.ZERO, Yuan::plus);
    }
}
