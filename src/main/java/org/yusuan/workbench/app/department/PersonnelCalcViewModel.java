package org.yusuan.workbench.app.department;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.app.grid.CodeLookup;
import org.yusuan.workbench.domain.budget.BudgetUnit;
import org.yusuan.workbench.domain.budget.ExpenseKind;
import org.yusuan.workbench.domain.budget.FundingSource;
import org.yusuan.workbench.domain.budget.StaffCategory;
import org.yusuan.workbench.domain.budget.Staffing;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.service.BudgetWorkspace;
import org.yusuan.workbench.service.calculators.CalculatedLine;
import org.yusuan.workbench.service.calculators.CalculatedLines;
import org.yusuan.workbench.service.calculators.Contribution;
import org.yusuan.workbench.service.calculators.PayItem;
import org.yusuan.workbench.service.calculators.PersonnelCostCalculator;
import org.yusuan.workbench.service.calculators.StaffPay;

/**
 * 人员经费测算: headcount by category (from the unit's 实有人数) × monthly standards × months, plus
 * the contribution rates; shows the lines it would write and writes them as one undoable edit.
 */
public final class PersonnelCalcViewModel {

    private final BudgetWorkspace workspace;
    private final ObservableList<StaffPay> staff = FXCollections.observableArrayList();
    private final Map<PayItem, Integer> months = new EnumMap<>(PayItem.class);
    private final Map<Contribution, BigDecimal> rates = new EnumMap<>(Contribution.class);
    private final ObservableList<CalculatedLine> result = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Refusals refusals = new Refusals(message);
    private final CalculatorTarget target;

    public PersonnelCalcViewModel(BudgetWorkspace workspace) {
        this.workspace = workspace;
        Arrays.stream(PayItem.values()).forEach(i -> months.put(i, 12));
        Arrays.stream(Contribution.values()).forEach(c -> rates.put(c, c.defaultRate()));
        target = new CalculatorTarget(workspace, CalculatedLines.PERSONNEL, ExpenseKind.PERSONNEL, refusals);
        target.unitProperty().addListener((o, was, now) -> headcountsOf(now));
        headcountsOf(target.unitProperty().get());
    }

    /** One row per category, headcount = the unit's 实有人数 of it; standards are kept across units. */
    private void headcountsOf(BudgetUnit unit) {
        List<Staffing> rows = unit == null ? List.of() : workspace.budget().staffing().stream()
                .filter(s -> s.unitCode().equals(unit.code())).toList();
        staff.setAll(Arrays.stream(StaffCategory.values()).map(c -> new StaffPay(c,
                rows.stream().filter(s -> s.category() == c).mapToInt(Staffing::actual).sum(),
                staff.stream().filter(p -> p.category() == c).findFirst().map(StaffPay::monthlyStandard)
                        .orElse(Map.of()))).toList());
        recalculate();
    }

    public Optional<String> editHeadcount(StaffPay row, String text) {
        Integer n = Refusals.count(text);
        if (n == null) {
            return refusals.refuse(Messages.get("dept.field.headcount", row.category().label()),
                    Messages.get("dept.reason.count", text));
        }
        staff.set(staff.indexOf(row), new StaffPay(row.category(), n, row.monthlyStandard()));
        recalculate();
        return refusals.accepted();
    }

    /** 月标准（元/人·月）: an amount ≥ 0 to the 分. */
    public Optional<String> editStandard(StaffPay row, PayItem item, String text) {
        CodeLookup.Result<Yuan> parsed = CodeLookup.amount(text == null || text.isBlank() ? "0" : text);
        if (!parsed.isAccepted()) {
            return refusals.refuse(Messages.get("dept.field.standard", row.category().label(), item.label()),
                    parsed.reason());
        }
        Map<PayItem, Yuan> standards = new EnumMap<>(PayItem.class);
        standards.putAll(row.monthlyStandard());
        standards.put(item, parsed.value());
        staff.set(staff.indexOf(row), new StaffPay(row.category(), row.headcount(), standards));
        recalculate();
        return refusals.accepted();
    }

    /** 月数: a whole number of months 0-12. */
    public Optional<String> editMonths(PayItem item, String text) {
        Integer n = Refusals.count(text);
        if (n == null || n > 12) {
            return refusals.refuse(Messages.get("dept.field.months", item.label()), Messages.get("dept.reason.months", text));
        }
        months.put(item, n);
        recalculate();
        return refusals.accepted();
    }

    /** 缴费比例（%）: 0-100 with at most four decimals. */
    public Optional<String> editRate(Contribution contribution, String text) {
        BigDecimal rate = Refusals.rate(text);
        if (rate == null) {
            return refusals.refuse(Messages.get("dept.field.rate", contribution.label()), Messages.get("dept.reason.rate", text));
        }
        rates.put(contribution, rate);
        recalculate();
        return refusals.accepted();
    }

    private void recalculate() {
        var cost = PersonnelCostCalculator.compute(staff, months, rates);
        result.setAll(cost.lines());
        total.set(Messages.get("dept.calc.personnelTotal", cost.wageTotal().format(), cost.total().format()));
    }

    /** The computed total (what {@link #write()} writes, to the 分). */
    public Yuan computedTotal() {
        return PersonnelCostCalculator.compute(staff, months, rates).total();
    }

    /** Writes the computed lines to the chosen unit and 功能项 as one undoable edit. */
    public Optional<String> write() {
        List<CalculatedLine> lines = List.copyOf(result);
        Optional<String> refused = target.write(lines);
        if (refused.isEmpty()) {
            message.set(Messages.get("dept.calc.written", lines.size(), computedTotal().format()));
        }
        return refused;
    }

    public ObservableList<StaffPay> staff() {
        return staff;
    }

    public int months(PayItem item) {
        return months.get(item);
    }

    public BigDecimal rate(Contribution contribution) {
        return rates.get(contribution);
    }

    public ObservableList<CalculatedLine> result() {
        return result;
    }

    /** Where the calculated lines go: unit, 功能项 and source. */
    CalculatorTarget target() {
        return target;
    }

    public List<BudgetUnit> units() {
        return workspace.budget().units();
    }

    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
