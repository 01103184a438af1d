package org.yusuan.workbench.app.overview;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.domain.budget.BasicExpenditureLine;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.BudgetUnit;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.budget.Staffing;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.service.BudgetSummary;

/** 概况: the department, its units with their staffing, and what has been entered so far. */
public final class OverviewViewModel {

    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper departmentCode = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unitCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper basicLineCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper projectCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper projectDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper formCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper formDetail = new ReadOnlyStringWrapper("");
    private final ObservableList<UnitRow> units = FXCollections.observableArrayList();

    /** Shows {@code budget}; called again whenever the budget changes. */
    public void show(Budget budget) {
        BudgetSummary summary = BudgetSummary.of(budget);
        heading.set(Messages.get("overview.heading", summary.departmentName(), String.valueOf(summary.budgetYear())));
        departmentCode.set(Messages.get("overview.departmentCode", summary.departmentCode()));
        unitCount.set(String.valueOf(summary.units()));
        basicLineCount.set(String.valueOf(summary.basicLines()));
        projectCount.set(String.valueOf(summary.projects()));
        projectDetail.set(Messages.get("overview.card.projectsDetail", summary.currentProjects(),
                summary.carriedOverProjects()));
        formCount.set(String.valueOf(summary.forms()));
        formDetail.set(Messages.get("overview.card.formsDetail", summary.indicators()));
        units.setAll(budget.units().stream().map(u -> row(budget, u)).toList());
    }

    private static UnitRow row(Budget budget, BudgetUnit unit) {
        var lines = budget.basicLines().stream().filter(l -> l.unitCode().equals(unit.code())).toList();
        var projects = budget.projects().stream().filter(p -> p.unitCode().equals(unit.code())).toList();
        var staffing = budget.staffing().stream().filter(s -> s.unitCode().equals(unit.code())).toList();
        return new UnitRow(unit.code(), unit.name(), unit.type().label(),
                staffing.stream().mapToInt(Staffing::authorized).sum(),
                staffing.stream().mapToInt(Staffing::actual).sum(), !staffing.isEmpty(),
                lines.size(), projects.size(),
                lines.stream().map(BasicExpenditureLine::amount).reduce(Yuan.ZERO, Yuan::plus),
                projects.stream().map(Project::total).reduce(Yuan.ZERO, Yuan::plus));
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty departmentCodeProperty() {
        return departmentCode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unitCountProperty() {
        return unitCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty basicLineCountProperty() {
        return basicLineCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty projectCountProperty() {
        return projectCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty projectDetailProperty() {
        return projectDetail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formCountProperty() {
        return formCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formDetailProperty() {
        return formDetail.getReadOnlyProperty();
    }

    public ObservableList<UnitRow> units() {
        return units;
    }
}
