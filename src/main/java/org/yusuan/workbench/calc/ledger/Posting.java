package org.yusuan.workbench.calc.ledger;

import java.util.Objects;
import org.yusuan.workbench.domain.budget.ExpenseKind;
import org.yusuan.workbench.domain.budget.FundYear;
import org.yusuan.workbench.domain.budget.FundingSource;
import org.yusuan.workbench.domain.budget.UnitType;
import org.yusuan.workbench.domain.money.Yuan;

/**
 * What one budget line contributes to the tables, with every code resolved: the government 款
 * from the mapping (or the override), the 人员/公用 kind (basic lines only), the unit's type.
 *
 * @param projectCode null for a basic line
 * @param departmentalEconomicCode null for a project line not yet detailed
 * @param governmentEconomicCode null where no departmental 款 is given
 * @param expenseKind null for project lines
 */
public record Posting(Nature nature, String unitCode, UnitType unitType, String projectCode, String functionCode,
                      String departmentalEconomicCode, String governmentEconomicCode, ExpenseKind expenseKind,
                      FundingSource source, FundYear fundYear, Yuan amount) {

    public Posting {
        Objects.requireNonNull(nature, "nature");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(unitType, "unitType");
        Objects.requireNonNull(functionCode, "functionCode");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fundYear, "fundYear");
        Objects.requireNonNull(amount, "amount");
    }

    public boolean isCurrent() {
        return fundYear == FundYear.CURRENT;
    }
}
