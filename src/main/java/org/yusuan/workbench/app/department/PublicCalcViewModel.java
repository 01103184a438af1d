package org.yusuan.workbench.app.department;

import java.util.List;
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
import org.yusuan.workbench.domain.budget.Staffing;
import org.yusuan.workbench.domain.classification.Classification;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.service.BudgetWorkspace;
import org.yusuan.workbench.service.calculators.CalculatedLine;
import org.yusuan.workbench.service.calculators.CalculatedLines;
import org.yusuan.workbench.service.calculators.PublicFundsCalculator;
import org.yusuan.workbench.service.calculators.PublicFundsItem;

/**
 * 公用经费测算: per 302 款 a per-capita quota (定额 × the unit's 实有人数) or a direct amount; shows the
 * lines it would write and writes them as one undoable edit.
 */
public final class PublicCalcViewModel {

    /** The 款 most 定额 are set for; others are added by code. */
    private static final List<String> USUAL = List.of("30201", "30202", "30205", "30206", "30207", "30211",
            "30213", "30216", "30228", "30229", "30231", "30239", "30299");

    private final BudgetWorkspace workspace;
    private final ObservableList<PublicFundsItem> items = FXCollections.observableArrayList();
    private final ObservableList<CalculatedLine> result = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper headcount = new ReadOnlyStringWrapper("0");
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Refusals refusals = new Refusals(message);
    private final CalculatorTarget target;

    public PublicCalcViewModel(BudgetWorkspace workspace) {
        this.workspace = workspace;
        USUAL.stream().filter(c -> workspace.chart().contains(Classification.DEPARTMENTAL_ECONOMIC, c))
                .forEach(c -> items.add(new PublicFundsItem(c, name(c), null, null)));
        target = new CalculatorTarget(workspace, CalculatedLines.PUBLIC_FUNDS, ExpenseKind.PUBLIC, refusals);
        target.unitProperty().addListener((o, was, now) -> headcountOf(now));
        headcountOf(target.unitProperty().get());
    }

    private String name(String code) {
        return workspace.chart().nameOf(Classification.DEPARTMENTAL_ECONOMIC, code);
    }

    private void headcountOf(BudgetUnit unit) {
        int n = unit == null ? 0 : workspace.budget().staffing().stream()
                .filter(s -> s.unitCode().equals(unit.code())).mapToInt(Staffing::actual).sum();
        headcount.set(String.valueOf(n));
        recalculate();
    }

    /** 人数: a whole number ≥ 0 (the unit's 实有人数 unless changed here). */
    public Optional<String> editHeadcount(String text) {
        Integer n = Refusals.count(text);
        if (n == null) {
            return refusals.refuse(Messages.get("dept.field.publicHeadcount"), Messages.get("dept.reason.count", text));
        }
        headcount.set(String.valueOf(n));
        recalculate();
        return refusals.accepted();
    }

    /** 定额（元/人·年）; blank clears it. */
    public Optional<String> editQuota(PublicFundsItem item, String text) {
        Optional<Yuan> value = amountOrBlank(text, Messages.get("dept.field.quota", item.label()));
        if (value == null) {
            return Optional.of(message.get());
        }
        return replace(item, new PublicFundsItem(item.economicCode(), item.label(), value.orElse(null), item.directAmount()));
    }

    /** 直接金额（元）: used instead of the quota; blank clears it. */
    public Optional<String> editDirect(PublicFundsItem item, String text) {
        Optional<Yuan> value = amountOrBlank(text, Messages.get("dept.field.direct", item.label()));
        if (value == null) {
            return Optional.of(message.get());
        }
        return replace(item, new PublicFundsItem(item.economicCode(), item.label(), item.perCapitaQuota(), value.orElse(null)));
    }

    /** Adds a 302 款 the list lacks ("30215" or "30215 会议费"). */
    public Optional<String> addItem(String text) {
        Optional<String> code = new CodeLookup(workspace.chart()).lineCode(text, Classification.DEPARTMENTAL_ECONOMIC);
        String field = Messages.get("dept.field.publicItem");
        if (code.isEmpty() || !code.get().startsWith("302")) {
            return refusals.refuse(field, Messages.get("dept.reason.publicItem", text == null ? "" : text.strip()));
        }
        if (items.stream().anyMatch(i -> i.economicCode().equals(code.get()))) {
            return refusals.refuse(field, Messages.get("dept.reason.publicItemListed", code.get()));
        }
        items.add(new PublicFundsItem(code.get(), name(code.get()), null, null));
        return refusals.accepted();
    }

    public List<String> economicSuggestions(String typed) {
        return new CodeLookup(workspace.chart()).suggestions(Classification.DEPARTMENTAL_ECONOMIC, typed).stream()
                .filter(s -> s.startsWith("302")).toList();
    }

    /** The amount, empty for a blank field, or null after a refusal (the message says why). */
    private Optional<Yuan> amountOrBlank(String text, String field) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        CodeLookup.Result<Yuan> parsed = CodeLookup.amount(text);
        if (!parsed.isAccepted()) {
            refusals.refuse(field, parsed.reason());
            return null;
        }
        return Optional.of(parsed.value());
    }

    private Optional<String> replace(PublicFundsItem before, PublicFundsItem after) {
        items.set(items.indexOf(before), after);
        recalculate();
        return refusals.accepted();
    }

    private void recalculate() {
        List<CalculatedLine> lines = PublicFundsCalculator.compute(Integer.parseInt(headcount.get()), items);
        result.setAll(lines);
        total.set(Messages.get("dept.calc.publicTotal", PublicFundsCalculator.total(lines).format()));
    }

    public Optional<String> write() {
        List<CalculatedLine> lines = List.copyOf(result);
        Optional<String> refused = target.write(lines);
        if (refused.isEmpty()) {
            message.set(Messages.get("dept.calc.written", lines.size(), PublicFundsCalculator.total(lines).format()));
        }
        return refused;
    }

    public ObservableList<PublicFundsItem> items() {
        return items;
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

    public ReadOnlyStringProperty headcountProperty() {
        return headcount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
