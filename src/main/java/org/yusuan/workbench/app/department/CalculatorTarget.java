package org.yusuan.workbench.app.department;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.app.grid.CodeLookup;
import org.yusuan.workbench.domain.budget.BasicExpenditureLine;
import org.yusuan.workbench.domain.budget.BudgetUnit;
import org.yusuan.workbench.domain.budget.ExpenseKind;
import org.yusuan.workbench.domain.budget.FundingSource;
import org.yusuan.workbench.domain.classification.Classification;
import org.yusuan.workbench.service.BudgetWorkspace;
import org.yusuan.workbench.service.calculators.CalculatedLine;
import org.yusuan.workbench.service.calculators.CalculatedLines;

/**
 * Where a calculator writes its lines: the unit, the 功能项 and the funding source, and the write
 * itself (one undoable edit, replacing what the same calculator wrote there before).
 */
final class CalculatorTarget {

    private final BudgetWorkspace workspace;
    private final String marker;
    private final ExpenseKind kind;
    private final ObjectProperty<BudgetUnit> unit = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper functionCode = new ReadOnlyStringWrapper("");
    private final ObjectProperty<FundingSource> source = new SimpleObjectProperty<>(FundingSource.GENERAL_PUBLIC_BUDGET);
    private final Refusals refusals;

    CalculatorTarget(BudgetWorkspace workspace, String marker, ExpenseKind kind, Refusals refusals) {
        this.workspace = workspace;
        this.marker = marker;
        this.kind = kind;
        this.refusals = refusals;
        unit.addListener((o, was, now) -> functionCode.set(usualFunction(now)));
        List<BudgetUnit> units = workspace.budget().units();
        unit.set(units.isEmpty() ? null : units.get(0));
    }

    /**
     * The 功能项 where the unit's lines of this kind usually go (its salaries or office costs), else
     * where the department's do; the accountant can choose another.
     */
    private String usualFunction(BudgetUnit u) {
        if (u == null) {
            return "";
        }
        return mostUsed(l -> l.unitCode().equals(u.code()) && l.expenseKind() == kind)
                .or(() -> mostUsed(l -> l.expenseKind() == kind)).orElse("");
    }

    private Optional<String> mostUsed(java.util.function.Predicate<BasicExpenditureLine> which) {
        Map<String, Long> counts = workspace.budget().basicLines().stream().filter(which)
                .collect(Collectors.groupingBy(BasicExpenditureLine::functionCode, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey);
    }

    Optional<String> editFunction(String text) {
        Optional<String> code = new CodeLookup(workspace.chart()).lineCode(text, Classification.FUNCTIONAL);
        if (code.isEmpty()) {
            return refusals.refuse(Messages.get("dept.field.function"),
                    Messages.get("dept.reason.function", text == null ? "" : text.strip()));
        }
        functionCode.set(code.get());
        return refusals.accepted();
    }

    String functionLabel() {
        String code = functionCode.get();
        return code.isEmpty() ? "" : code + " " + workspace.chart().nameOf(Classification.FUNCTIONAL, code);
    }

    List<String> functionSuggestions(String typed) {
        return new CodeLookup(workspace.chart()).suggestions(Classification.FUNCTIONAL, typed);
    }

    /** Writes {@code lines} as basic lines of the unit; refused without a unit, a 功能项 or a mapping. */
    Optional<String> write(List<CalculatedLine> lines) {
        BudgetUnit u = unit.get();
        String field = Messages.get("dept.calc.write");
        if (u == null) {
            return refusals.refuse(field, Messages.get("dept.reason.noUnit"));
        }
        if (functionCode.get().isEmpty()) {
            return refusals.refuse(field, Messages.get("dept.reason.noFunction"));
        }
        if (lines.isEmpty()) {
            return refusals.refuse(field, Messages.get("dept.reason.nothingToWrite"));
        }
        for (CalculatedLine line : lines) {
            if (workspace.chart().governmentCodeFor(u.type().mappingCategory(), line.economicCode()).isEmpty()) {
                return refusals.refuse(field, Messages.get("dept.reason.noMapping", line.economicCode(),
                        u.type().mappingCategory().label()));
            }
        }
        workspace.apply(CalculatedLines.edit(workspace.budget(), marker, u.code(), functionCode.get(), source.get(), lines));
        refusals.accepted();
        return Optional.empty();
    }

    ObjectProperty<BudgetUnit> unitProperty() {
        return unit;
    }

    ReadOnlyStringProperty functionCodeProperty() {
        return functionCode.getReadOnlyProperty();
    }

    ObjectProperty<FundingSource> sourceProperty() {
        return source;
    }
}
