package org.yusuan.workbench.domain.budget;

import java.util.Objects;
import java.util.Optional;
import org.yusuan.workbench.domain.money.Yuan;

/**
 * A detail line of a project: 功能项 × 部门经济款 (null while not yet detailed) × source × 元.
 *
 * @param id database identity, 0 before the line is stored
 */
public record ProjectLine(long id, String functionCode, String departmentalEconomicCode, FundingSource source,
                          Yuan amount, String note) {

    public ProjectLine {
        Objects.requireNonNull(functionCode, "functionCode");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(amount, "amount");
    }

    public Optional<String> economicCode() {
        return Optional.ofNullable(departmentalEconomicCode);
    }
}
