package org.yusuan.workbench.service.calculators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.yusuan.workbench.domain.money.Yuan;

/** 公用经费测算: per-capita quota × headcount, or a direct amount, per 302 款. */
public final class PublicFundsCalculator {

    private PublicFundsCalculator() {
    }

    /** One line per item with a non-zero amount; a quota times whole people stays exact to the 分. */
    public static List<CalculatedLine> compute(int headcount, List<PublicFundsItem> items) {
        if (headcount < 0) {
            throw new IllegalArgumentException("headcount is never negative");
        }
        List<CalculatedLine> lines = new ArrayList<>();
        for (PublicFundsItem item : items) {
            CalculatedLine line;
            if (item.directAmount() != null) {
                line = new CalculatedLine(item.economicCode(), item.label(), item.directAmount(), "直接录入");
            } else if (item.perCapitaQuota() != null) {
                Yuan amount = Yuan.of(item.perCapitaQuota().toBigDecimal().multiply(BigDecimal.valueOf(headcount)));
                line = new CalculatedLine(item.economicCode(), item.label(), amount,
                        "定额 " + item.perCapitaQuota().format() + "元/人×" + headcount + "人");
            } else {
                continue;
            }
            if (!line.amount().isZero()) {
                lines.add(line);
            }
        }
        return lines;
    }

    public static Yuan total(List<CalculatedLine> lines) {
        return lines.stream().map(CalculatedLine::amount).reduce(Yuan.ZERO, Yuan::plus);
    }
}
