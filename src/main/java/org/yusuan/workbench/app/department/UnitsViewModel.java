package org.yusuan.workbench.app.department;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.domain.PlainText;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.BudgetUnit;
import org.yusuan.workbench.domain.budget.Department;
import org.yusuan.workbench.domain.budget.FieldLengths;
import org.yusuan.workbench.domain.budget.StaffCategory;
import org.yusuan.workbench.domain.budget.Staffing;
import org.yusuan.workbench.domain.budget.UnitType;
import org.yusuan.workbench.service.BudgetWorkspace;
import org.yusuan.workbench.service.Edit;

/**
 * 单位与人员: the department header, its units and each unit's staffing. Every edit is checked first;
 * refused input changes nothing and says why (field and reason) in {@link #messageProperty()}.
 */
public final class UnitsViewModel {

    private final BudgetWorkspace workspace;
    private final ObservableList<BudgetUnit> units = FXCollections.observableArrayList();
    private final ObservableList<Staffing> staffing = FXCollections.observableArrayList();
    private final ObjectProperty<BudgetUnit> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper departmentCode = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper departmentName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper budgetYear = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper divisionCode = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unitTotals = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Refusals refusals = new Refusals(message);

    public UnitsViewModel(BudgetWorkspace workspace) {
        this.workspace = workspace;
        workspace.addListener(this::refresh);
        selected.addListener((o, was, now) -> showStaffing());
        refresh();
    }

    private void refresh() {
        Budget budget = workspace.budget();
        Department d = budget.department();
        departmentCode.set(d.code());
        departmentName.set(d.name());
        budgetYear.set(String.valueOf(d.budgetYear()));
        divisionCode.set(d.divisionCode());
        String selectedCode = selected.get() == null ? null : selected.get().code();
        units.setAll(budget.units());
        selected.set(units.stream().filter(u -> u.code().equals(selectedCode)).findFirst()
                .orElse(units.isEmpty() ? null : units.get(0)));
        // Not entered is said so, not shown as 0人 (as the booklet leaves the sentence out).
        totals.set(Staffing.totals(budget.staffing())
                .map(t -> Messages.get("dept.units.totals", String.valueOf(t.authorized()), String.valueOf(t.actual())))
                .orElse(Messages.get("dept.units.totals.none")));
        showStaffing();
    }

    private void showStaffing() {
        BudgetUnit unit = selected.get();
        List<Staffing> rows = unit == null ? List.of() : workspace.budget().staffing().stream()
                .filter(s -> s.unitCode().equals(unit.code())).toList();
        staffing.setAll(rows);
        unitTotals.set(unit == null ? "" : Messages.get("dept.units.unitTotals", unit.name(),
                String.valueOf(sumAuthorized(rows)), String.valueOf(sumActual(rows))));
    }

    private static int sumAuthorized(List<Staffing> rows) {
        return rows.stream().mapToInt(Staffing::authorized).sum();
    }

    private static int sumActual(List<Staffing> rows) {
        return rows.stream().mapToInt(Staffing::actual).sum();
    }

    // ---- department header

    public Optional<String> editDepartmentCode(String text) {
        String code = text == null ? "" : text.strip();
        if (!code.matches("\\d{1,20}")) {
            return refusals.refuse(Messages.get("dept.field.departmentCode"), Messages.get("dept.reason.digits", 20));
        }
        Department d = workspace.budget().department();
        return department(new Department(code, d.name(), d.budgetYear(), d.framework(), d.divisionCode()),
                Messages.get("dept.edit.departmentCode"));
    }

    public Optional<String> editDepartmentName(String text) {
        String name = PlainText.normalize(text);
        if (name.isEmpty() || !PlainText.fits(name, FieldLengths.NAME)) {
            return refusals.refuse(Messages.get("dept.field.departmentName"), Messages.get("dept.reason.name", 200));
        }
        if (PlainText.controlCharacter(name, false) >= 0) {
            return refusals.refuse(Messages.get("dept.field.departmentName"), Messages.get("grid.reason.control"));
        }
        Department d = workspace.budget().department();
        return department(new Department(d.code(), name, d.budgetYear(), d.framework(), d.divisionCode()),
                Messages.get("dept.edit.departmentName"));
    }

    /** 预算年度: a four-digit year; the table titles and the narrative follow it. */
    public Optional<String> editBudgetYear(String text) {
        String year = text == null ? "" : text.strip();
        if (!year.matches("20\\d\\d")) {
            return refusals.refuse(Messages.get("dept.field.budgetYear"), Messages.get("dept.reason.year"));
        }
        Department d = workspace.budget().department();
        return department(new Department(d.code(), d.name(), Integer.parseInt(year), d.framework(), d.divisionCode()),
                Messages.get("dept.edit.budgetYear"));
    }

    /**
     * 行政区划代码: the code the finance bureau files the department under, printed on the 报送函 and
     * carried in the package; empty until entered.
     */
    public Optional<String> editDivisionCode(String text) {
        String code = text == null ? "" : text.strip();
        if (!Department.isDivisionCode(code)) {
            return refusals.refuse(Messages.get("dept.field.divisionCode"), Messages.get("dept.reason.divisionCode"));
        }
        return department(workspace.budget().department().withDivisionCode(code),
                Messages.get("dept.edit.divisionCode"));
    }

    private Optional<String> department(Department after, String description) {
        Department before = workspace.budget().department();
        if (!after.equals(before)) {
            workspace.apply(new Edit.DepartmentChange(description, before, after));
        }
        return refusals.accepted();
    }

    // ---- units

    /** A new 行政单位 after the selected unit, with the next free code and a placeholder name to type over. */
    public Optional<String> addUnit() {
        Budget budget = workspace.budget();
        String prefix = budget.department().code();
        int n = 1;
        while (budget.unit(prefix + String.format("%03d", n)).isPresent()) {
            n++;
        }
        String code = prefix + String.format("%03d", n);
        String name = Messages.get("dept.units.newName", code);
        int position = selected.get() == null ? units.size() : units.indexOf(selected.get()) + 1;
        BudgetUnit unit = new BudgetUnit(code, name, UnitType.ADMINISTRATIVE);
        workspace.apply(new Edit.UnitChange(Messages.get("dept.edit.addUnit"), null, unit, position, List.of()));
        selected.set(unit);
        return refusals.accepted();
    }

    /** Deletes a unit with its staffing; refused while basic lines or projects still belong to it. */
    public Optional<String> deleteUnit(BudgetUnit unit) {
        if (unit == null) {
            return refusals.accepted();
        }
        Budget budget = workspace.budget();
        long lines = budget.basicLines().stream().filter(l -> l.unitCode().equals(unit.code())).count();
        long projects = budget.projects().stream().filter(p -> p.unitCode().equals(unit.code())).count();
        if (lines > 0 || projects > 0) {
            return refusals.refuse(Messages.get("dept.field.unit", unit.name()),
                    Messages.get("dept.reason.unitInUse", lines, projects));
        }
        List<Staffing> its = budget.staffing().stream().filter(s -> s.unitCode().equals(unit.code())).toList();
        workspace.apply(new Edit.UnitChange(Messages.get("dept.edit.deleteUnit", unit.name()), unit, null,
                budget.units().indexOf(unit), its));
        return refusals.accepted();
    }

    public Optional<String> editUnitCode(BudgetUnit unit, String text) {
        String code = text == null ? "" : text.strip();
        String field = Messages.get("dept.field.unitCode");
        if (!code.matches("\\d{1,20}")) {
            return refusals.refuse(field, Messages.get("dept.reason.digits", 20));
        }
        if (!code.equals(unit.code()) && workspace.budget().unit(code).isPresent()) {
            return refusals.refuse(field, Messages.get("dept.reason.codeTaken", code));
        }
        return unit(unit, new BudgetUnit(code, unit.name(), unit.type()), Messages.get("dept.edit.unitCode"));
    }

    public Optional<String> editUnitName(BudgetUnit unit, String text) {
        String name = PlainText.normalize(text);
        String field = Messages.get("dept.field.unitName");
        if (name.isEmpty() || !PlainText.fits(name, FieldLengths.NAME)) {
            return refusals.refuse(field, Messages.get("dept.reason.name", 200));
        }
        if (PlainText.controlCharacter(name, false) >= 0) {
            return refusals.refuse(field, Messages.get("grid.reason.control"));
        }
        if (workspace.budget().units().stream().anyMatch(u -> u.name().equals(name) && !u.code().equals(unit.code()))) {
            return refusals.refuse(field, Messages.get("dept.reason.nameTaken", name));
        }
        return unit(unit, new BudgetUnit(unit.code(), name, unit.type()), Messages.get("dept.edit.unitName"));
    }

    /** 单位类型: decides the economic mapping of every line of the unit and whether it counts in table 11. */
    public Optional<String> editUnitType(BudgetUnit unit, UnitType type) {
        return unit(unit, new BudgetUnit(unit.code(), unit.name(), type), Messages.get("dept.edit.unitType"));
    }

    private Optional<String> unit(BudgetUnit before, BudgetUnit after, String description) {
        if (!after.equals(before)) {
            workspace.apply(new Edit.UnitChange(description, before, after, units.indexOf(before), List.of()));
            selected.set(after);
        }
        return refusals.accepted();
    }

    // ---- staffing of the selected unit

    /** A row for the first category the selected unit has none of yet, both counts 0. */
    public Optional<String> addStaffing() {
        BudgetUnit unit = selected.get();
        if (unit == null) {
            return refusals.refuse(Messages.get("dept.field.staffing"), Messages.get("dept.reason.noUnit"));
        }
        Optional<StaffCategory> free = java.util.Arrays.stream(StaffCategory.values())
                .filter(c -> staffing.stream().noneMatch(s -> s.category() == c)).findFirst();
        if (free.isEmpty()) {
            return refusals.refuse(Messages.get("dept.field.staffing"), Messages.get("dept.reason.allCategories"));
        }
        List<Staffing> after = new ArrayList<>(workspace.budget().staffing());
        after.add(new Staffing(unit.code(), free.get(), 0, 0));
        return staffing(after, Messages.get("dept.edit.addStaffing"));
    }

    public Optional<String> deleteStaffing(Staffing row) {
        List<Staffing> after = new ArrayList<>(workspace.budget().staffing());
        after.remove(row);
        return staffing(after, Messages.get("dept.edit.deleteStaffing"));
    }

    public Optional<String> editCategory(Staffing row, StaffCategory category) {
        if (category != row.category() && staffing.stream().anyMatch(s -> s.category() == category)) {
            return refusals.refuse(Messages.get("dept.field.category"),
                    Messages.get("dept.reason.categoryTaken", category.label()));
        }
        return replace(row, new Staffing(row.unitCode(), category, row.authorized(), row.actual()),
                Messages.get("dept.edit.category"));
    }

    /** 编制数: a whole number ≥ 0. */
    public Optional<String> editAuthorized(Staffing row, String text) {
        Integer n = Refusals.count(text);
        if (n == null) {
            return refusals.refuse(Messages.get("dept.field.authorized"), Messages.get("dept.reason.count", text));
        }
        return replace(row, new Staffing(row.unitCode(), row.category(), n, row.actual()),
                Messages.get("dept.edit.authorized"));
    }

    /** 实有人数 (在职): a whole number ≥ 0. */
    public Optional<String> editActual(Staffing row, String text) {
        Integer n = Refusals.count(text);
        if (n == null) {
            return refusals.refuse(Messages.get("dept.field.actual"), Messages.get("dept.reason.count", text));
        }
        return replace(row, new Staffing(row.unitCode(), row.category(), row.authorized(), n),
                Messages.get("dept.edit.actual"));
    }

    private Optional<String> replace(Staffing before, Staffing after, String description) {
        List<Staffing> all = new ArrayList<>(workspace.budget().staffing());
        all.replaceAll(s -> s.equals(before) ? after : s);
        return staffing(all, description);
    }

    private Optional<String> staffing(List<Staffing> after, String description) {
        List<Staffing> before = workspace.budget().staffing();
        if (!after.equals(before)) {
            workspace.apply(new Edit.StaffingChange(description, before, after));
        }
        return refusals.accepted();
    }

    // ---- what the view binds to

    public ObservableList<BudgetUnit> units() {
        return units;
    }

    public ObservableList<Staffing> staffing() {
        return staffing;
    }

    public ObjectProperty<BudgetUnit> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty departmentCodeProperty() {
        return departmentCode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty departmentNameProperty() {
        return departmentName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty budgetYearProperty() {
        return budgetYear.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty divisionCodeProperty() {
        return divisionCode.getReadOnlyProperty();
    }

    /** "编制人员共N人，实有在职人数M人" for the whole department, as the booklet's 概况 says it. */
    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    /** The same for the selected unit. */
    public ReadOnlyStringProperty unitTotalsProperty() {
        return unitTotals.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Selects the unit with that code (an audit finding's record). */
    public void select(String unitCode) {
        units.stream().filter(u -> u.code().equals(unitCode)).findFirst().ifPresent(selected::set);
    }
}
