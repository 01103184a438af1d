package org.yusuan.workbench.calc.narrative;

import java.math.BigDecimal;
import org.yusuan.workbench.domain.money.Percent;
import org.yusuan.workbench.domain.money.Yuan;

/** A named part of a whole: "公共安全支出8,392.64万元，占89.59%". */
public record Share(String label, Yuan amount, BigDecimal percent) {

    public static Share of(String label, Yuan amount, Yuan whole) {
        return new Share(label, amount, Percent.of(amount, whole));
    }
}
