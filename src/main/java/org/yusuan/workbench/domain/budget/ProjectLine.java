package org.yusuan.workbench.domain.budget;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.yusuan.workbench.domain.money.Yuan;

/**
 * A detail line of a project: 功能项 × 部门经济款 (null while not yet detailed) × source × 元.
 *
 * @param id        database identity, 0 before the line is stored
 * @param quantity  数量, optional (null); with {@code unitPrice} the amount is their product (see {@link LineQuantity})
 * @param unitPrice 单价 in 元, optional (null)
 */
public record ProjectLine(long id, String functionCode, String departmentalEconomicCode, FundingSource source,
                          Yuan amount, String note, BigDecimal quantity, Yuan unitPrice) {

    /** A line without 数量 and 单价. */
    public ProjectLine(long id, String functionCode, String departmentalEconomicCode, FundingSource source,
                       Yuan amount, String note) {
        this(id, functionCode, departmentalEconomicCode, source, amount, note, null, null);
    }

    public ProjectLine {
        Objects.requireNonNull(functionCode, "functionCode");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(amount, "amount");
    }

    public Optional<String> economicCode() {
        return Optional.ofNullable(departmentalEconomicCode);
    }

    /** The line with 数量 and 单价 (each may be null); when both are given the amount becomes their product. */
    public ProjectLine withQuantity(BigDecimal quantity, Yuan unitPrice) {
        Yuan amount = LineQuantity.product(quantity, unitPrice).orElse(this.amount);
        return new ProjectLine(id, functionCode, departmentalEconomicCode, source, amount, note, quantity, unitPrice);
    }

    public ProjectLine withFunctionCode(String functionCode) {
        return new ProjectLine(id, functionCode, departmentalEconomicCode, source, amount, note, quantity, unitPrice);
    }

    public ProjectLine withDepartmentalEconomicCode(String departmentalEconomicCode) {
        return new ProjectLine(id, functionCode, departmentalEconomicCode, source, amount, note, quantity, unitPrice);
    }

    public ProjectLine withSource(FundingSource source) {
        return new ProjectLine(id, functionCode, departmentalEconomicCode, source, amount, note, quantity, unitPrice);
    }

    public ProjectLine withAmount(Yuan amount) {
        return new ProjectLine(id, functionCode, departmentalEconomicCode, source, amount, note, quantity, unitPrice);
    }
}
