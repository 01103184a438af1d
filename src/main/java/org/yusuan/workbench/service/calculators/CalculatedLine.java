package org.yusuan.workbench.service.calculators;

import java.util.Objects;
import org.yusuan.workbench.domain.money.Yuan;

/**
 * One amount a calculator worked out, for one departmental economic 款.
 *
 * @param basis how it was computed, in Chinese; becomes the line's 备注 so the figure can be checked
 */
public record CalculatedLine(String economicCode, String label, Yuan amount, String basis) {

    public CalculatedLine {
        Objects.requireNonNull(economicCode, "economicCode");
        Objects.requireNonNull(amount, "amount");
    }
}
