package org.yusuan.workbench.store;

import java.math.BigDecimal;
import org.yusuan.workbench.domain.money.Yuan;

/** Conversions between domain values and column values. */
final class Columns {

    private Columns() {
    }

    static BigDecimal amount(Yuan yuan) {
        return yuan == null ? null : yuan.toBigDecimal();
    }

    static Yuan yuan(BigDecimal value) {
        return value == null ? null : Yuan.of(value);
    }

    static String name(Enum<?> constant) {
        return constant == null ? null : constant.name();
    }

    static <E extends Enum<E>> E constant(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
