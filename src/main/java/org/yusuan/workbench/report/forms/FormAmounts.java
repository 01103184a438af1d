package org.yusuan.workbench.report.forms;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.yusuan.workbench.domain.money.Yuan;

/**
 * Amounts in 元 as the forms print them: thousands separators, no decimals when the amount is whole
 * ({@code 2,008,440}, as the reference forms), otherwise both decimals ({@code 2,137,893.60}; the
 * reference drops the trailing zero, which reads like a different amount). A blank part prints
 * blank, 0 prints {@code 0}.
 */
public final class FormAmounts {

    private FormAmounts() {
    }

    public static String format(Yuan amount) {
        if (amount == null) {
            return "";
        }
        BigDecimal value = amount.toBigDecimal();
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        // DecimalFormat is not thread-safe: one per call.
        DecimalFormat format = new DecimalFormat(whole ? "#,##0" : "#,##0.00",
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }
}
