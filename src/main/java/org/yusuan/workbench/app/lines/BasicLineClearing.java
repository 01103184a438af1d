package org.yusuan.workbench.app.lines;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.domain.budget.BasicExpenditureLine;
import org.yusuan.workbench.domain.budget.BudgetUnit;
import org.yusuan.workbench.domain.budget.FundYear;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.service.BudgetWorkspace;

/**
 * What Delete does to each field of a basic line, collected over the selected cells so the grid commits
 * them as one edit. The rule follows the base-data workbook: a column the workbook lets be blank
 * becomes blank (or its default, as a blank cell imports); a code the workbook requires is refused.
 * The amount is the one exception: the workbook requires it, but the grid keeps 0.00 lines (新增行
 * makes them), so a cleared amount is 0.00 and the line waits to be typed into again.
 */
final class BasicLineClearing {

    /** Field names of the grid's columns, as given to {@code GridColumns.field}. */
    static final String UNIT = "unit";
    static final String FUNCTION = "function";
    static final String ECONOMIC = "economic";
    static final String GOVERNMENT = "government";
    static final String SOURCE = "source";
    static final String AMOUNT = "amount";
    static final String EXPENSE_KIND = "expenseKind";
    static final String FUND_YEAR = "fundYear";
    static final String NOTE = "note";
    static final String QUANTITY = "quantity";
    static final String UNIT_PRICE = "unitPrice";

    private final BudgetWorkspace workspace;
    private final Map<Long, BasicExpenditureLine> before = new LinkedHashMap<>();
    private final Map<Long, BasicExpenditureLine> after = new LinkedHashMap<>();
    private final LinkedHashSet<String> refusals = new LinkedHashSet<>();
    private int clearedCells;

    BasicLineClearing(BudgetWorkspace workspace) {
        this.workspace = workspace;
    }

    void clear(BasicExpenditureLine line, String field) {
        BasicExpenditureLine current = after.getOrDefault(line.id(), line);
        BasicExpenditureLine cleared = switch (field) {
            case UNIT -> refuse("lines.column.unit");
            case FUNCTION -> refuse("lines.column.function");
            case ECONOMIC -> refuse("lines.column.economic");
            case SOURCE -> refuse("lines.column.source");
            case GOVERNMENT -> withoutOverride(current);
            // A cleared amount drops 数量 and 单价 too: 0.00 would not be their product.
            case AMOUNT -> current.withQuantity(null, null).withAmount(Yuan.ZERO);
            case QUANTITY -> current.withQuantity(null, current.unitPrice());
            case UNIT_PRICE -> current.withQuantity(current.quantity(), null);
            case EXPENSE_KIND -> current.withExpenseKindOverride(null);
            case FUND_YEAR -> current.withFundYear(FundYear.CURRENT);
            case NOTE -> current.withNote(null);
            default -> null;
        };
        if (cleared != null && !cleared.equals(current)) {
            before.putIfAbsent(line.id(), line);
            after.put(line.id(), cleared);
            clearedCells++;
        }
    }

    /** The government 款 follows the mapping again; without a mapping the override is what the line needs. */
    private BasicExpenditureLine withoutOverride(BasicExpenditureLine line) {
        if (line.governmentOverride().isEmpty()) {
            return line;
        }
        BudgetUnit unit = workspace.budget().unit(line.unitCode()).orElseThrow();
        if (workspace.chart().governmentCodeFor(unit.type().mappingCategory(), line.departmentalEconomicCode()).isEmpty()) {
            refusals.add(Messages.get("lines.refused", Messages.get("lines.column.government"),
                    Messages.get("lines.reason.noMapping", line.departmentalEconomicCode(), unit.type().mappingCategory().label())));
            return null;
        }
        return line.withGovernmentEconomicOverride(null);
    }

    private BasicExpenditureLine refuse(String fieldKey) {
        refusals.add(Messages.get("lines.refused", Messages.get(fieldKey), Messages.get("grid.reason.required")));
        return null;
    }

    List<BasicExpenditureLine> before() {
        return new ArrayList<>(before.values());
    }

    List<BasicExpenditureLine> after() {
        return new ArrayList<>(after.values());
    }

    int clearedCells() {
        return clearedCells;
    }

    List<String> refusals() {
        return List.copyOf(refusals);
    }
}
