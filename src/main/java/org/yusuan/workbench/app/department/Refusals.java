package org.yusuan.workbench.app.department;

import java.math.BigDecimal;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.yusuan.workbench.app.common.Messages;

/**
 * The refusal every screen of this package gives: "字段：原因（未保存）" in its message line, and
 * the parsers of the numbers these screens accept.
 */
final class Refusals {

    private final ReadOnlyStringWrapper message;

    Refusals(ReadOnlyStringWrapper message) {
        this.message = message;
    }

    Optional<String> refuse(String field, String reason) {
        String text = Messages.get("dept.refused", field, reason);
        message.set(text);
        return Optional.of(text);
    }

    Optional<String> accepted() {
        message.set("");
        return Optional.empty();
    }

    /** A whole number ≥ 0 (编制数, 实有人数, months), or null when {@code text} is not one. */
    static Integer count(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("\\d{1,6}")) {
            return null;
        }
        return Integer.valueOf(t);
    }

    /** A per-cent rate 0-100 with at most 4 decimals, or null. */
    static BigDecimal rate(String text) {
        String t = text == null ? "" : text.strip().replace("%", "").strip();
        if (!t.matches("\\d{1,3}(\\.\\d{1,4})?")) {
            return null;
        }
        BigDecimal rate = new BigDecimal(t);
        return rate.compareTo(BigDecimal.valueOf(100)) > 0 ? null : rate;
    }
}
