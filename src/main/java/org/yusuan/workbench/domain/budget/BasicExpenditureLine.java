package org.yusuan.workbench.domain.budget;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.yusuan.workbench.domain.money.Yuan;

/**
 * One 基本支出 line: unit × 功能项 × 部门经济款 × source × 元. The government 款 and the 人员/公用 kind
 * follow from the codes unless the accountant overrides them (null = follow the default).
 *
 * @param id        database identity, 0 before the line is stored
 * @param quantity  数量, optional (null); with {@code unitPrice} the amount is their product (see {@link LineQuantity})
 * @param unitPrice 单价 in 元, optional (null)
 */
public record BasicExpenditureLine(long id, String unitCode, String functionCode, String departmentalEconomicCode,
                                   String governmentEconomicOverride, FundingSource source, Yuan amount,
                                   ExpenseKind expenseKindOverride, FundYear fundYear, String note,
                                   BigDecimal quantity, Yuan unitPrice) {

    /** A line without 数量 and 单价. */
    public BasicExpenditureLine(long id, String unitCode, String functionCode, String departmentalEconomicCode,
                                String governmentEconomicOverride, FundingSource source, Yuan amount,
                                ExpenseKind expenseKindOverride, FundYear fundYear, String note) {
        this(id, unitCode, functionCode, departmentalEconomicCode, governmentEconomicOverride, source, amount,
                expenseKindOverride, fundYear, note, null, null);
    }

    public BasicExpenditureLine {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(functionCode, "functionCode");
        Objects.requireNonNull(departmentalEconomicCode, "departmentalEconomicCode");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(fundYear, "fundYear");
    }

    /** 人员经费 or 公用经费: the override, else the default of the economic code. */
    public ExpenseKind expenseKind() {
        return expenseKindOverride != null ? expenseKindOverride : ExpenseKind.defaultFor(departmentalEconomicCode);
    }

    public Optional<String> governmentOverride() {
        return Optional.ofNullable(governmentEconomicOverride);
    }

    // Withers: the line with one field replaced, so an edit names only what it changes.

    public BasicExpenditureLine withId(long id) {
        return new BasicExpenditureLine(id, unitCode, functionCode, departmentalEconomicCode,
                governmentEconomicOverride, source, amount, expenseKindOverride, fundYear, note, quantity, unitPrice);
    }

    public BasicExpenditureLine withUnitCode(String unitCode) {
        return new BasicExpenditureLine(id, unitCode, functionCode, departmentalEconomicCode, governmentEconomicOverride, source, amount, expenseKindOverride, fundYear, note, quantity, unitPrice);
    }

    public BasicExpenditureLine withFunctionCode(String functionCode) {
        return new BasicExpenditureLine(id, unitCode, functionCode, departmentalEconomicCode, governmentEconomicOverride, source, amount, expenseKindOverride, fundYear, note, quantity, unitPrice);
    }

    public BasicExpenditureLine withDepartmentalEconomicCode(String departmentalEconomicCode) {
        return new BasicExpenditureLine(id, unitCode, functionCode, departmentalEconomicCode, governmentEconomicOverride, source, amount, expenseKindOverride, fundYear, note, quantity, unitPrice);
    }

    public BasicExpenditureLine withGovernmentEconomicOverride(String governmentEconomicOverride) {
        return new BasicExpenditureLine(id, unitCode, functionCode, departmentalEconomicCode, governmentEconomicOverride, source, amount, expenseKindOverride, fundYear, note, quantity, unitPrice);
    }

    public BasicExpenditureLine withSource(FundingSource source) {
        return new BasicExpenditureLine(id, unitCode, functionCode, departmentalEconomicCode, governmentEconomicOverride, source, amount, expenseKindOverride, fundYear, note, quantity, unitPrice);
    }

    public BasicExpenditureLine withAmount(Yuan amount) {
        return new BasicExpenditureLine(id, unitCode, functionCode, departmentalEconomicCode, governmentEconomicOverride, source, amount, expenseKindOverride, fundYear, note, quantity, unitPrice);
    }

    public BasicExpenditureLine withExpenseKindOverride(ExpenseKind expenseKindOverride) {
        return new BasicExpenditureLine(id, unitCode, functionCode, departmentalEconomicCode, governmentEconomicOverride, source, amount, expenseKindOverride, fundYear, note, quantity, unitPrice);
    }

    public BasicExpenditureLine withFundYear(FundYear fundYear) {
        return new BasicExpenditureLine(id, unitCode, functionCode, departmentalEconomicCode, governmentEconomicOverride, source, amount, expenseKindOverride, fundYear, note, quantity, unitPrice);
    }

    public BasicExpenditureLine withNote(String note) {
        return new BasicExpenditureLine(id, unitCode, functionCode, departmentalEconomicCode, governmentEconomicOverride, source, amount, expenseKindOverride, fundYear, note, quantity, unitPrice);
    }

    /** The line with 数量 and 单价 (each may be null); when both are given the amount becomes their product. */
    public BasicExpenditureLine withQuantity(BigDecimal quantity, Yuan unitPrice) {
        Yuan amount = LineQuantity.product(quantity, unitPrice).orElse(this.amount);
        return new BasicExpenditureLine(id, unitCode, functionCode, departmentalEconomicCode, governmentEconomicOverride, source, amount, expenseKindOverride, fundYear, note, quantity, unitPrice);
    }
}
