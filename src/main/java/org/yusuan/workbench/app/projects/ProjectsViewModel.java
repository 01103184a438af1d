package org.yusuan.workbench.app.projects;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.app.grid.CodeLookup;
import org.yusuan.workbench.app.grid.GridCell;
import org.yusuan.workbench.domain.PlainText;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.BudgetUnit;
import org.yusuan.workbench.domain.budget.FieldLengths;
import org.yusuan.workbench.domain.budget.FundYear;
import org.yusuan.workbench.domain.budget.FundingSource;
import org.yusuan.workbench.domain.budget.LineQuantity;
import org.yusuan.workbench.domain.budget.Procurement;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.budget.ProjectAttribute;
import org.yusuan.workbench.domain.budget.ProjectCategory;
import org.yusuan.workbench.domain.budget.ProjectLine;
import org.yusuan.workbench.domain.classification.Classification;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.service.BudgetWorkspace;
import org.yusuan.workbench.service.Edit;

/**
 * 项目支出: the project list and the card of the selected project (header fields, procurement, detail
 * lines). Every change is checked, then committed as one undoable edit of the whole project.
 */
public final class ProjectsViewModel {

    /** Which of the three procurement amounts. */
    public enum ProcurementKind { GOODS, WORKS, SERVICES }

    private final BudgetWorkspace workspace;
    private final ObservableList<Project> projects = FXCollections.observableArrayList();
    private final ObjectProperty<Project> selected = new SimpleObjectProperty<>();
    private final ObservableList<ProjectLineRow> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper formStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Yuan> linesTotal = new ReadOnlyObjectWrapper<>(Yuan.ZERO);

    public ProjectsViewModel(BudgetWorkspace workspace) {
        this.workspace = workspace;
        workspace.addListener(this::refresh);
        selected.addListener((o, was, now) -> {
            if (was != null && now != null && !was.code().equals(now.code())) {
                message.set(""); // a refusal about the project left behind says nothing about this one
            }
            showLines();
        });
        refresh();
    }

    public ObservableList<Project> projects() {
        return projects;
    }

    public ObjectProperty<Project> selectedProperty() {
        return selected;
    }

    public ObservableList<ProjectLineRow> lines() {
        return lines;
    }

    /** The 合计 under the card's lines: their exact sum in 元. */
    public ReadOnlyObjectProperty<Yuan> linesTotalProperty() {
        return linesTotal.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formStatusProperty() {
        return formStatus.getReadOnlyProperty();
    }

    public List<BudgetUnit> units() {
        return workspace.budget().units();
    }

    public String unitName(Project project) {
        return workspace.budget().unit(project.unitCode()).map(BudgetUnit::name).orElse(project.unitCode());
    }

    /** Selects the project with that code (an audit finding's record). */
    public boolean select(String code) {
        Optional<Project> project = projects.stream().filter(p -> p.code().equals(code)).findFirst();
        project.ifPresent(selected::set);
        return project.isPresent();
    }

    private void refresh() {
        String keep = selected.get() == null ? null : selected.get().code();
        projects.setAll(workspace.budget().projects());
        selected.set(keep == null ? null : projects.stream().filter(p -> p.code().equals(keep)).findFirst().orElse(null));
        showLines();
        message.set(""); // a change reached the budget (here, elsewhere, an undo): an old refusal is stale
    }

    private void showLines() {
        Project project = selected.get();
        if (project == null) {
            lines.clear();
            linesTotal.set(Yuan.ZERO);
            formStatus.set("");
            return;
        }
        var chart = workspace.chart();
        List<ProjectLineRow> rows = new ArrayList<>();
        for (int i = 0; i < project.lines().size(); i++) {
            ProjectLine line = project.lines().get(i);
            rows.add(new ProjectLineRow(i, line, chart.nameOf(Classification.FUNCTIONAL, line.functionCode()),
                    line.departmentalEconomicCode() == null ? ""
                            : chart.nameOf(Classification.DEPARTMENTAL_ECONOMIC, line.departmentalEconomicCode())));
        }
        lines.setAll(rows);
        linesTotal.set(project.lines().stream().map(ProjectLine::amount).reduce(Yuan.ZERO, Yuan::plus));
        formStatus.set(workspace.budget().formOf(project.code())
                .map(f -> Messages.get("projects.form.filled", String.valueOf(f.indicators().size()),
                        f.yearFunds().total() == null ? Messages.get("projects.form.noTotal")
                                : Messages.get("projects.amount", f.yearFunds().total().format())))
                .orElse(Messages.get(project.isCarriedOver() ? "projects.form.missing" : "projects.form.missingRequired")));
    }

    /** A new project of {@code unit} (this year's, without lines yet), selected for its card to be filled. */
    public void addProject(BudgetUnit unit) {
        Budget budget = workspace.budget();
        int next = 1;
        while (budget.project(unit.code() + "-" + String.format("%03d", next)).isPresent()) {
            next++;
        }
        String code = unit.code() + "-" + String.format("%03d", next);
        Project project = new Project(0, code, unit.code(), Messages.get("projects.newName"), null, null, null, FundYear.CURRENT,
                Procurement.NONE, null, List.of());
        workspace.apply(new Edit.ProjectChange(Messages.get("projects.edit.add"), null, project));
        message.set("");
        select(code);
    }

    /** Deletes the selected project; one with a performance form is kept (its form would be lost). */
    public Optional<String> deleteProject() {
        Project project = selected.get();
        if (project == null) {
            return Optional.empty();
        }
        if (workspace.budget().formOf(project.code()).isPresent()) {
            return refuse(Messages.get("projects.field.project"), Messages.get("projects.reason.hasForm", project.name()));
        }
        workspace.apply(new Edit.ProjectChange(Messages.get("projects.edit.delete", project.name()), project, null));
        message.set("");
        return Optional.empty();
    }

    public Optional<String> editName(String text) {
        String name = PlainText.normalize(text);
        if (name.isEmpty()) {
            return refuse(Messages.get("projects.field.name"), Messages.get("projects.reason.empty"));
        }
        if (PlainText.controlCharacter(name, false) >= 0) {
            return refuse(Messages.get("projects.field.name"), Messages.get("grid.reason.control"));
        }
        if (!PlainText.fits(name, FieldLengths.PROJECT_NAME)) {
            return refuse(Messages.get("projects.field.name"), Messages.get("projects.reason.nameTooLong", FieldLengths.PROJECT_NAME));
        }
        return update(Messages.get("projects.edit.name"), p -> with(p, p.unitCode(), name, p.category(), p.attribute(), p.period(),
                p.fundYear(), p.procurement(), p.lines()));
    }

    public Optional<String> editUnit(BudgetUnit unit) {
        return update(Messages.get("projects.edit.unit"), p -> with(p, unit.code(), p.name(), p.category(), p.attribute(), p.period(),
                p.fundYear(), p.procurement(), p.lines()));
    }

    public Optional<String> editCategory(ProjectCategory category) {
        return update(Messages.get("projects.edit.category"), p -> with(p, p.unitCode(), p.name(), category, p.attribute(), p.period(),
                p.fundYear(), p.procurement(), p.lines()));
    }

    public Optional<String> editAttribute(ProjectAttribute attribute) {
        return update(Messages.get("projects.edit.attribute"), p -> with(p, p.unitCode(), p.name(), p.category(), attribute, p.period(),
                p.fundYear(), p.procurement(), p.lines()));
    }

    public Optional<String> editPeriod(String text) {
        String period = text == null || text.isBlank() ? null : PlainText.normalize(text);
        if (period != null && PlainText.controlCharacter(period, false) >= 0) {
            return refuse(Messages.get("projects.field.period"), Messages.get("grid.reason.control"));
        }
        if (period != null && !PlainText.fits(period, FieldLengths.SHORT)) {
            return refuse(Messages.get("projects.field.period"), Messages.get("projects.reason.periodTooLong", FieldLengths.SHORT));
        }
        return update(Messages.get("projects.edit.period"), p -> with(p, p.unitCode(), p.name(), p.category(), p.attribute(), period,
                p.fundYear(), p.procurement(), p.lines()));
    }

    public Optional<String> editFundYear(FundYear year) {
        return update(Messages.get("projects.edit.fundYear"), p -> with(p, p.unitCode(), p.name(), p.category(), p.attribute(), p.period(),
                year, p.procurement(), p.lines()));
    }

    public Optional<String> editProcurement(ProcurementKind kind, String text) {
        CodeLookup.Result<Yuan> parsed = CodeLookup.amount(text == null || text.isBlank() ? "0" : text);
        if (!parsed.isAccepted()) {
            return refuse(Messages.get("projects.field.procurement"), parsed.reason());
        }
        return update(Messages.get("projects.edit.procurement"), p -> {
            Procurement now = p.procurement();
            Procurement next = switch (kind) {
                case GOODS -> new Procurement(parsed.value(), now.works(), now.services());
                case WORKS -> new Procurement(now.goods(), parsed.value(), now.services());
                case SERVICES -> new Procurement(now.goods(), now.works(), parsed.value());
            };
            return with(p, p.unitCode(), p.name(), p.category(), p.attribute(), p.period(), p.fundYear(), next, p.lines());
        });
    }

    /** A new detail line like the last one (or the first 功能项 of the budget) with amount 0. */
    public Optional<String> addLine() {
        Project project = selected.get();
        if (project == null) {
            return refuse(Messages.get("projects.field.lines"), Messages.get("projects.reason.noProject"));
        }
        ProjectLine model = project.lines().isEmpty() ? null : project.lines().get(project.lines().size() - 1);
        String function = model != null ? model.functionCode() : defaultFunctionCode();
        ProjectLine line = new ProjectLine(0, function, model == null ? null : model.departmentalEconomicCode(),
                model == null ? FundingSource.GENERAL_PUBLIC_BUDGET : model.source(), Yuan.ZERO, null);
        return changeLines(Messages.get("projects.edit.addLine"), lines -> {
            lines.add(line);
            return lines;
        });
    }

    public Optional<String> deleteLines(List<ProjectLineRow> rows) {
        return changeLines(Messages.get("projects.edit.deleteLines"), lines -> {
            rows.stream().map(ProjectLineRow::index).sorted(java.util.Comparator.reverseOrder())
                    .forEach(i -> lines.remove((int) i));
            return lines;
        });
    }

    /** Delete on the selected cells of the card's lines, as one undoable edit (see {@link ProjectLineClearing}). */
    public List<String> clearLineCells(List<GridCell<ProjectLineRow>> cells) {
        ProjectLineClearing clearing = new ProjectLineClearing();
        if (selected.get() != null && !cells.isEmpty()) {
            List<ProjectLine> cleared = clearing.clear(selected.get().lines(), cells);
            if (clearing.clearedCells() > 0) {
                changeLines(Messages.get("projects.edit.clearLines", String.valueOf(clearing.clearedCells())), l -> cleared);
            }
        }
        message.set(String.join(Messages.get("lines.paste.separator"), clearing.refusals()));
        return clearing.refusals();
    }

    public Optional<String> editLineFunction(ProjectLineRow row, String text) {
        Optional<String> code = new CodeLookup(workspace.chart()).lineCode(text, Classification.FUNCTIONAL);
        if (code.isEmpty()) {
            return refuse(Messages.get("projects.column.function"), Messages.get("grid.reason.function", text.strip()));
        }
        return editLine(row, Messages.get("projects.edit.line.function"), l -> l.withFunctionCode(code.get()));
    }

    /** 部门经济科目 of a detail line; blank leaves the line not yet detailed. */
    public Optional<String> editLineEconomic(ProjectLineRow row, String text) {
        String code = null;
        if (text != null && !text.isBlank() && !text.strip().equals(Messages.get("projects.notDetailed"))) {
            Optional<String> found = new CodeLookup(workspace.chart()).lineCode(text, Classification.DEPARTMENTAL_ECONOMIC);
            if (found.isEmpty()) {
                return refuse(Messages.get("projects.column.economic"), Messages.get("grid.reason.economic", text.strip()));
            }
            code = found.get();
        }
        String economic = code;
        return editLine(row, Messages.get("projects.edit.line.economic"), l -> l.withDepartmentalEconomicCode(economic));
    }

    public Optional<String> editLineSource(ProjectLineRow row, FundingSource source) {
        return editLine(row, Messages.get("projects.edit.line.source"), l -> l.withSource(source));
    }

    public Optional<String> editLineAmount(ProjectLineRow row, String text) {
        CodeLookup.Result<Yuan> parsed = CodeLookup.amount(text);
        if (!parsed.isAccepted()) {
            return refuse(Messages.get("projects.column.amount"), parsed.reason());
        }
        ProjectLine line = row.line();
        if (!LineQuantity.agrees(parsed.value(), line.quantity(), line.unitPrice())) {
            return refuse(Messages.get("projects.column.amount"), Messages.get("lines.reason.quantityTimesPrice",
                    LineQuantity.format(line.quantity()), line.unitPrice().format(),
                    LineQuantity.product(line.quantity(), line.unitPrice()).orElseThrow().format()));
        }
        return editLine(row, Messages.get("projects.edit.line.amount"), l -> l.withAmount(parsed.value()));
    }

    /** 数量 of a detail line: ≥ 0, at most two decimals, blank clears it; with 单价 the amount is their product. */
    public Optional<String> editLineQuantity(ProjectLineRow row, String text) {
        Optional<java.math.BigDecimal> quantity = text == null || text.isBlank() ? Optional.empty() : LineQuantity.parse(text);
        if (text != null && !text.isBlank() && quantity.isEmpty()) {
            return refuse(Messages.get("lines.column.quantity"), Messages.get("grid.reason.quantity", text.strip()));
        }
        return editLine(row, Messages.get("projects.edit.line.quantity"), l -> l.withQuantity(quantity.orElse(null), l.unitPrice()));
    }

    /** 单价（元） of a detail line: ≥ 0, blank clears it; with 数量 the amount is their product. */
    public Optional<String> editLineUnitPrice(ProjectLineRow row, String text) {
        CodeLookup.Result<Yuan> parsed = text == null || text.isBlank() ? null : CodeLookup.amount(text);
        if (parsed != null && !parsed.isAccepted()) {
            return refuse(Messages.get("lines.column.unitPrice"), parsed.reason());
        }
        Yuan price = parsed == null ? null : parsed.value();
        return editLine(row, Messages.get("projects.edit.line.unitPrice"), l -> l.withQuantity(l.quantity(), price));
    }

    public List<String> suggestions(Classification classification, String typed) {
        return new CodeLookup(workspace.chart()).suggestions(classification, typed);
    }

    private String defaultFunctionCode() {
        Budget budget = workspace.budget();
        return budget.basicLines().isEmpty()
                ? workspace.chart().entries(Classification.FUNCTIONAL).stream().filter(e -> e.code().length() == 7)
                        .findFirst().orElseThrow().code()
                : budget.basicLines().get(0).functionCode();
    }

    private Optional<String> editLine(ProjectLineRow row, String description, UnaryOperator<ProjectLine> change) {
        return changeLines(description, lines -> {
            lines.set(row.index(), change.apply(lines.get(row.index())));
            return lines;
        });
    }

    private Optional<String> changeLines(String description, UnaryOperator<List<ProjectLine>> change) {
        return update(description, p -> with(p, p.unitCode(), p.name(), p.category(), p.attribute(), p.period(),
                p.fundYear(), p.procurement(), change.apply(new ArrayList<>(p.lines()))));
    }

    private Optional<String> update(String description, UnaryOperator<Project> change) {
        Project before = selected.get();
        if (before == null) {
            return Optional.empty();
        }
        Project after = change.apply(before);
        if (!after.equals(before)) {
            workspace.apply(new Edit.ProjectChange(description, before, after));
        }
        message.set("");
        return Optional.empty();
    }

    private Optional<String> refuse(String field, String reason) {
        String text = Messages.get("projects.refused", field, reason);
        message.set(text);
        return Optional.of(text);
    }

    private static Project with(Project p, String unit, String name, ProjectCategory category,
                                ProjectAttribute attribute, String period, FundYear year, Procurement procurement,
                                List<ProjectLine> lines) {
        return new Project(p.id(), p.code(), unit, name, category, attribute, period, year, procurement, p.note(), lines);
    }
}
