package org.yusuan.workbench.domain.narrative;

import java.math.BigDecimal;
import java.util.Objects;
import org.yusuan.workbench.domain.money.Yuan;

/** One line of 国有资产: quantity (辆 or 平方米, null for value-only classes) and value in 元. */
public record StateAsset(StateAssetItem item, BigDecimal quantity, Yuan value) {

    public StateAsset {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(value, "value");
    }
}
