package org.yusuan.workbench.domain.money;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * A figure in 万元 as printed: already rounded from an exact {@link Yuan} sum by
 * {@link Yuan#toWanYuan()}. It is a display value; never sum it to get another figure.
 */
public record WanYuan(BigDecimal value) {

    public WanYuan {
        if (value.scale() != 2) {
            throw new IllegalArgumentException("万元 figures have exactly two decimals: " + value);
        }
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    /** {@code 9367.60}, as in table cells and CSV. */
    public String plain() {
        return value.toPlainString();
    }

    /** {@code 9,367.60}, as in the narrative. */
    public String grouped() {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }

    @Override
    public String toString() {
        return plain() + "万元";
    }
}
