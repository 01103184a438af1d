package org.yusuan.workbench.service.calculators;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.yusuan.workbench.domain.budget.StaffCategory;
import org.yusuan.workbench.domain.money.Yuan;

/** One staff category: how many people and what each is paid per month, by pay item. */
public record StaffPay(StaffCategory category, int headcount, Map<PayItem, Yuan> monthlyStandard) {

    public StaffPay {
        Objects.requireNonNull(category, "category");
        if (headcount < 0) {
            throw new IllegalArgumentException("headcount is never negative");
        }
        EnumMap<PayItem, Yuan> copy = new EnumMap<>(PayItem.class);
        copy.putAll(monthlyStandard);
        monthlyStandard = Map.copyOf(copy);
    }

    /** The standard of one pay item, zero when none is set. */
    public Yuan standard(PayItem item) {
        return monthlyStandard.getOrDefault(item, Yuan.ZERO);
    }
}
