package org.yusuan.workbench.app.lines;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.app.grid.CodeLookup;
import org.yusuan.workbench.app.grid.GridCell;
import org.yusuan.workbench.domain.PlainText;
import org.yusuan.workbench.domain.budget.BasicExpenditureLine;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.BudgetUnit;
import org.yusuan.workbench.domain.budget.ExpenseKind;
import org.yusuan.workbench.domain.budget.FieldLengths;
import org.yusuan.workbench.domain.budget.FundYear;
import org.yusuan.workbench.domain.budget.FundingSource;
import org.yusuan.workbench.domain.budget.LineQuantity;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;
import org.yusuan.workbench.domain.classification.Classification;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.service.BudgetWorkspace;
import org.yusuan.workbench.service.Edit;
import org.yusuan.workbench.service.PastedLines;

/**
 * 基本支出 (all, 人员经费 or 公用经费): the lines as grid rows and every edit an accountant makes on
 * them. Each edit is checked first; refused input leaves the budget untouched and says why in
 * {@link #messageProperty()} (and the return value); accepted input is committed as one undoable edit.
 */
public final class BasicLinesViewModel {

    /** Which lines the grid lists. */
    public enum Scope { ALL, PERSONNEL, PUBLIC }

    private final BudgetWorkspace workspace;
    private final Scope scope;
    private final ObservableList<BasicLineRow> rows = FXCollections.observableArrayList();
    private final LineFilter filter = new LineFilter(rows);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public BasicLinesViewModel(BudgetWorkspace workspace, Scope scope) {
        this.workspace = workspace;
        this.scope = scope;
        workspace.addListener(this::refresh);
        refresh();
    }

    /** Every line of the scope, in id order. */
    public ObservableList<BasicLineRow> rows() {
        return rows;
    }

    /** The filter by unit and 功能科目, with the rows it shows and their exact 合计. */
    public LineFilter filter() {
        return filter;
    }

    /** The last refusal (or confirmation) in Chinese; empty after a plain successful edit. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public List<BudgetUnit> units() {
        return workspace.budget().units();
    }

    private void refresh() {
        Budget budget = workspace.budget();
        ChartOfAccounts chart = workspace.chart();
        List<BasicLineRow> shown = new ArrayList<>();
        for (BasicExpenditureLine line : budget.basicLines()) {
            if (scope == Scope.PERSONNEL && line.expenseKind() != ExpenseKind.PERSONNEL
                    || scope == Scope.PUBLIC && line.expenseKind() != ExpenseKind.PUBLIC) {
                continue;
            }
            BudgetUnit unit = budget.unit(line.unitCode()).orElseThrow();
            String government = line.governmentOverride()
                    .or(() -> chart.governmentCodeFor(unit.type().mappingCategory(), line.departmentalEconomicCode()))
                    .orElse(null);
            shown.add(new BasicLineRow(line, unit.name(), chart.nameOf(Classification.FUNCTIONAL, line.functionCode()),
                    chart.nameOf(Classification.DEPARTMENTAL_ECONOMIC, line.departmentalEconomicCode()), government,
                    government == null ? "" : chart.nameOf(Classification.GOVERNMENT_ECONOMIC, government),
                    line.governmentOverride().isPresent()));
        }
        rows.setAll(shown);
        // any change that reached the budget (this grid's, another page's, an undo) makes an old
        // refusal stale; a confirmation of the change itself is set after this runs
        message.set("");
    }

    /** 金额（元）: an exact amount ≥ 0 with at most two decimals. */
    public Optional<String> editAmount(BasicLineRow row, String text) {
        CodeLookup.Result<Yuan> parsed = CodeLookup.amount(text);
        if (!parsed.isAccepted()) {
            return refuse(Messages.get("lines.column.amount"), parsed.reason());
        }
        Yuan amount = parsed.value();
        BasicExpenditureLine line = row.line();
        if (!LineQuantity.agrees(amount, line.quantity(), line.unitPrice())) {
            return refuse(Messages.get("lines.column.amount"), Messages.get("lines.reason.quantityTimesPrice",
                    LineQuantity.format(line.quantity()), line.unitPrice().format(),
                    LineQuantity.product(line.quantity(), line.unitPrice()).orElseThrow().format()));
        }
        return update(row, Messages.get("lines.edit.amount"), l -> l.withAmount(amount));
    }

    /** 数量: ≥ 0, at most two decimals; blank clears it. With a 单价 the amount becomes 数量 × 单价. */
    public Optional<String> editQuantity(BasicLineRow row, String text) {
        BigDecimal quantity = null;
        if (text != null && !text.isBlank()) {
            quantity = LineQuantity.parse(text).orElse(null);
            if (quantity == null) {
                return refuse(Messages.get("lines.column.quantity"), Messages.get("grid.reason.quantity", text.strip()));
            }
        }
        BigDecimal q = quantity;
        return update(row, Messages.get("lines.edit.quantity"), l -> l.withQuantity(q, l.unitPrice()));
    }

    /** 单价（元）: ≥ 0; blank clears it. With a 数量 the amount becomes 数量 × 单价. */
    public Optional<String> editUnitPrice(BasicLineRow row, String text) {
        Yuan price = null;
        if (text != null && !text.isBlank()) {
            CodeLookup.Result<Yuan> parsed = CodeLookup.amount(text);
            if (!parsed.isAccepted()) {
                return refuse(Messages.get("lines.column.unitPrice"), parsed.reason());
            }
            price = parsed.value();
        }
        Yuan p = price;
        return update(row, Messages.get("lines.edit.unitPrice"), l -> l.withQuantity(l.quantity(), p));
    }

    /** 功能科目: a 7-digit 项 of the chart ("2040201" or "2040201 行政运行"). */
    public Optional<String> editFunctionCode(BasicLineRow row, String text) {
        Optional<String> code = lineCode(text, Classification.FUNCTIONAL);
        if (code.isEmpty()) {
            return refuse(Messages.get("lines.column.function"), Messages.get("grid.reason.function", text.strip()));
        }
        return update(row, Messages.get("lines.edit.function"), l -> l.withFunctionCode(code.get()));
    }

    /** 部门经济科目: a 5-digit 款 that maps to a government 款 for the line's unit (or has an override). */
    public Optional<String> editEconomicCode(BasicLineRow row, String text) {
        Optional<String> code = lineCode(text, Classification.DEPARTMENTAL_ECONOMIC);
        if (code.isEmpty()) {
            return refuse(Messages.get("lines.column.economic"), Messages.get("grid.reason.economic", text.strip()));
        }
        BudgetUnit unit = workspace.budget().unit(row.line().unitCode()).orElseThrow();
        if (row.line().governmentOverride().isEmpty()
                && workspace.chart().governmentCodeFor(unit.type().mappingCategory(), code.get()).isEmpty()) {
            return refuse(Messages.get("lines.column.economic"),
                    Messages.get("lines.reason.noMapping", code.get(), unit.type().mappingCategory().label()));
        }
        return update(row, Messages.get("lines.edit.economic"), l -> l.withDepartmentalEconomicCode(code.get()));
    }

    public Optional<String> editSource(BasicLineRow row, FundingSource source) {
        return update(row, Messages.get("lines.edit.source"), l -> l.withSource(source));
    }

    /** 人员/公用: stored as an override only where it differs from the code's default. */
    public Optional<String> editExpenseKind(BasicLineRow row, ExpenseKind kind) {
        return update(row, Messages.get("lines.edit.expenseKind"), l -> l.withExpenseKindOverride(
                kind == ExpenseKind.defaultFor(l.departmentalEconomicCode()) ? null : kind));
    }

    public Optional<String> editFundYear(BasicLineRow row, FundYear year) {
        return update(row, Messages.get("lines.edit.fundYear"), l -> l.withFundYear(year));
    }

    public Optional<String> editUnit(BasicLineRow row, BudgetUnit unit) {
        return update(row, Messages.get("lines.edit.unit"), l -> l.withUnitCode(unit.code()));
    }

    public Optional<String> editNote(BasicLineRow row, String text) {
        String note = text == null || text.isBlank() ? null : PlainText.normalize(text);
        if (note != null && PlainText.controlCharacter(note, false) >= 0) {
            return refuse(Messages.get("lines.column.note"), Messages.get("grid.reason.control"));
        }
        if (note != null && !PlainText.fits(note, FieldLengths.NOTE)) {
            return refuse(Messages.get("lines.column.note"), Messages.get("lines.reason.noteTooLong", FieldLengths.NOTE));
        }
        return update(row, Messages.get("lines.edit.note"), l -> l.withNote(note));
    }

    /** A new line like {@code template} (or like the last line) with amount 0, ready to be typed into. */
    public Optional<String> addLine(BasicLineRow template) {
        BasicExpenditureLine model = template != null ? template.line()
                : rows.isEmpty() ? null : rows.get(rows.size() - 1).line();
        if (model == null) {
            return refuse(Messages.get("lines.field.basic"), Messages.get("lines.reason.noTemplate"));
        }
        BasicExpenditureLine line = model.withId(0).withQuantity(null, null).withAmount(Yuan.ZERO).withNote(null);
        workspace.apply(new Edit.BasicLines(Messages.get("lines.edit.add"), List.of(), List.of(line)));
        message.set("");
        return Optional.empty();
    }

    public Optional<String> delete(List<BasicLineRow> selected) {
        if (selected.isEmpty()) {
            return Optional.empty();
        }
        workspace.apply(new Edit.BasicLines(Messages.get("lines.edit.delete", String.valueOf(selected.size())),
                selected.stream().map(BasicLineRow::line).toList(), List.of()));
        message.set("");
        return Optional.empty();
    }

    /**
     * Delete on selected cells, as one undoable edit: optional fields become blank (备注), follow their
     * default again (经费类型, 政府经济科目 from the mapping, 资金年度 本年), an amount becomes 0.00 (a line
     * kept to be typed into, as a new line starts); required codes are refused, naming the field, and
     * keep their value. Returns the refusals.
     */
    public List<String> clear(List<GridCell<BasicLineRow>> cells) {
        BasicLineClearing clearing = new BasicLineClearing(workspace);
        for (GridCell<BasicLineRow> cell : cells) {
            clearing.clear(cell.row().line(), cell.field());
        }
        if (!clearing.before().isEmpty()) {
            workspace.apply(new Edit.BasicLines(Messages.get("lines.edit.clear", String.valueOf(clearing.clearedCells())),
                    clearing.before(), clearing.after()));
        }
        message.set(String.join(Messages.get("lines.paste.separator"), clearing.refusals()));
        return clearing.refusals();
    }

    /**
     * Rows copied from Excel/WPS, columns as in the 基本支出 sheet: every row is checked with the
     * import's rules; any problem refuses the whole paste, listing each with its row and column.
     */
    public List<String> paste(String clipboard) {
        PastedLines result = PastedLines.read(clipboard, workspace);
        if (!result.isOk()) {
            List<String> problems = result.problems().stream()
                    .map(p -> Messages.get("lines.paste.problem", String.valueOf(p.row()),
                            p.column() == null ? "" : Messages.get("lines.paste.column", p.column()), p.reason()))
                    .toList();
            message.set(Messages.get("lines.paste.refused", String.join(Messages.get("lines.paste.separator"), problems)));
            return problems;
        }
        if (result.lines().isEmpty()) {
            message.set(Messages.get("lines.paste.nothing"));
            return List.of(message.get());
        }
        workspace.apply(new Edit.BasicLines(Messages.get("lines.edit.paste", String.valueOf(result.lines().size())), List.of(), result.lines()));
        filter.showAll(); // the pasted lines may be of another unit; hiding them would look like a lost paste
        message.set(Messages.get("lines.paste.done", String.valueOf(result.lines().size())));
        return List.of();
    }

    /** The chart's name of a 功能科目, for the filter's list. */
    public String functionName(String code) {
        return workspace.chart().nameOf(Classification.FUNCTIONAL, code);
    }

    /** Codes the picker offers for what has been typed: by code prefix or by name. */
    public List<String> suggestions(Classification classification, String typed) {
        return codes().suggestions(classification, typed);
    }

    private Optional<String> lineCode(String text, Classification classification) {
        return codes().lineCode(text, classification);
    }

    private CodeLookup codes() {
        return new CodeLookup(workspace.chart());
    }

    private Optional<String> update(BasicLineRow row, String description, UnaryOperator<BasicExpenditureLine> change) {
        BasicExpenditureLine before = row.line();
        BasicExpenditureLine after = change.apply(before);
        if (!after.equals(before)) {
            workspace.apply(new Edit.BasicLines(description, List.of(before), List.of(after)));
        }
        message.set("");
        return Optional.empty();
    }

    private Optional<String> refuse(String field, String reason) {
        String text = Messages.get("lines.refused", field, reason);
        message.set(text);
        return Optional.of(text);
    }
}
