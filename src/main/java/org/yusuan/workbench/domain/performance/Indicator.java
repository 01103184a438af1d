package org.yusuan.workbench.domain.performance;

import java.util.Objects;

/**
 * A 三级 indicator under its 一级 and 二级, with its value for the implementation period and for
 * the year as the accountant wrote them (e.g. {@code ≥95%}, {@code 183人}, {@code 提高}). A value is
 * null where the indicator is not set for that period.
 */
public record Indicator(String level1, String level2, String name, String valueImplementation, String valueYear) {

    public Indicator {
        Objects.requireNonNull(level1, "level1");
        Objects.requireNonNull(level2, "level2");
        Objects.requireNonNull(name, "name");
    }
}
