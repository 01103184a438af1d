package org.yusuan.workbench.service.calculators;

import java.util.Objects;
import org.yusuan.workbench.domain.money.Yuan;

/**
 * One 302 款 of 公用经费测算: either a per-capita quota (定额, 元 per person per year) or an amount
 * entered directly (null = not used). A direct amount wins: it is what the accountant typed last.
 */
public record PublicFundsItem(String economicCode, String label, Yuan perCapitaQuota, Yuan directAmount) {

    public PublicFundsItem {
        Objects.requireNonNull(economicCode, "economicCode");
    }
}
