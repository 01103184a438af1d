package org.yusuan.workbench.app.projects;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.yusuan.workbench.app.grid.CodeLookup;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.BudgetUnit;
import org.yusuan.workbench.domain.budget.FundYear;
import org.yusuan.workbench.domain.budget.FundingSource;
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

    public ProjectsViewModel(BudgetWorkspace workspace) {
        this.workspace = workspace;
        workspace.addListener(this::refresh);
        selected.addListener((o, was, now) -> showLines());
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
    }

    private void showLines() {
        Project project = selected.get();
        if (project == null) {
            lines.clear();
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
        formStatus.set(workspace.budget().formOf(project.code())
                .map(f -> "绩效目标申报表：已填报（三级指标 " + f.indicators().size() + " 个，年度资金总额 "
                        + (f.yearFunds().total() == null ? "未填" : f.yearFunds().total().format() + " 元") + "）")
                .orElse(project.isCarriedOver() ? "绩效目标申报表：未填报" : "绩效目标申报表：未填报——本年项目都应填报（见审核）"));
    }

    /** A new project of {@code unit} (this year's, without lines yet), selected for its card to be filled. */
    public void addProject(BudgetUnit unit) {
        Budget budget = workspace.budget();
        int next = 1;
        while (budget.project(unit.code() + "-" + String.format("%03d", next)).isPresent()) {
            next++;
        }
        String code = unit.code() + "-" + String.format("%03d", next);
        Project project = new Project(0, code, unit.code(), "新项目", null, null, null, FundYear.CURRENT,
                Procurement.NONE, null, List.of());
        workspace.apply(new Edit.ProjectChange("新增项目", null, project));
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
            return refuse("项目", "「" + project.name() + "」已填报绩效目标申报表，不能删除（删除会丢失申报表）");
        }
        workspace.apply(new Edit.ProjectChange("删除项目「" + project.name() + "」", project, null));
        message.set("");
        return Optional.empty();
    }

    public Optional<String> editName(String text) {
        String name = text == null ? "" : text.strip();
        if (name.isEmpty()) {
            return refuse("项目名称", "不能为空");
        }
        if (name.length() > 300) {
            return refuse("项目名称", "内容过长：最多 300 个字");
        }
        return update("修改项目名称", p -> with(p, p.unitCode(), name, p.category(), p.attribute(), p.period(),
                p.fundYear(), p.procurement(), p.lines()));
    }

    public Optional<String> editUnit(BudgetUnit unit) {
        return update("修改项目单位", p -> with(p, unit.code(), p.name(), p.category(), p.attribute(), p.period(),
                p.fundYear(), p.procurement(), p.lines()));
    }

    public Optional<String> editCategory(ProjectCategory category) {
        return update("修改项目类别", p -> with(p, p.unitCode(), p.name(), category, p.attribute(), p.period(),
                p.fundYear(), p.procurement(), p.lines()));
    }

    public Optional<String> editAttribute(ProjectAttribute attribute) {
        return update("修改项目属性", p -> with(p, p.unitCode(), p.name(), p.category(), attribute, p.period(),
                p.fundYear(), p.procurement(), p.lines()));
    }

    public Optional<String> editPeriod(String text) {
        String period = text == null || text.isBlank() ? null : text.strip();
        if (period != null && period.length() > 40) {
            return refuse("项目期", "内容过长：最多 40 个字");
        }
        return update("修改项目期", p -> with(p, p.unitCode(), p.name(), p.category(), p.attribute(), period,
                p.fundYear(), p.procurement(), p.lines()));
    }

    public Optional<String> editFundYear(FundYear year) {
        return update("修改资金年度", p -> with(p, p.unitCode(), p.name(), p.category(), p.attribute(), p.period(),
                year, p.procurement(), p.lines()));
    }

    public Optional<String> editProcurement(ProcurementKind kind, String text) {
        CodeLookup.Result<Yuan> parsed = CodeLookup.amount(text == null || text.isBlank() ? "0" : text);
        if (!parsed.isAccepted()) {
            return refuse("政府采购", parsed.reason());
        }
        return update("修改政府采购", p -> {
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
            return refuse("项目明细", "请先选择一个项目");
        }
        ProjectLine model = project.lines().isEmpty() ? null : project.lines().get(project.lines().size() - 1);
        String function = model != null ? model.functionCode() : defaultFunctionCode();
        ProjectLine line = new ProjectLine(0, function, model == null ? null : model.departmentalEconomicCode(),
                model == null ? FundingSource.GENERAL_PUBLIC_BUDGET : model.source(), Yuan.ZERO, null);
        return changeLines("新增项目明细", lines -> {
            lines.add(line);
            return lines;
        });
    }

    public Optional<String> deleteLines(List<ProjectLineRow> rows) {
        return changeLines("删除项目明细", lines -> {
            rows.stream().map(ProjectLineRow::index).sorted(java.util.Comparator.reverseOrder())
                    .forEach(i -> lines.remove((int) i));
            return lines;
        });
    }

    public Optional<String> editLineFunction(ProjectLineRow row, String text) {
        Optional<String> code = new CodeLookup(workspace.chart()).lineCode(text, Classification.FUNCTIONAL);
        if (code.isEmpty()) {
            return refuse("功能科目", "「" + text.strip() + "」不是本预算科目目录中的 7 位功能分类项级科目");
        }
        return editLine(row, "修改功能科目", l -> new ProjectLine(l.id(), code.get(), l.departmentalEconomicCode(),
                l.source(), l.amount(), l.note()));
    }

    /** 部门经济科目 of a detail line; blank leaves the line not yet detailed. */
    public Optional<String> editLineEconomic(ProjectLineRow row, String text) {
        String code = null;
        if (text != null && !text.isBlank() && !text.strip().equals("（未细化）")) {
            Optional<String> found = new CodeLookup(workspace.chart()).lineCode(text, Classification.DEPARTMENTAL_ECONOMIC);
            if (found.isEmpty()) {
                return refuse("部门经济科目", "「" + text.strip() + "」不是本预算科目目录中的 5 位部门经济分类款级科目");
            }
            code = found.get();
        }
        String economic = code;
        return editLine(row, "修改部门经济科目", l -> new ProjectLine(l.id(), l.functionCode(), economic, l.source(),
                l.amount(), l.note()));
    }

    public Optional<String> editLineSource(ProjectLineRow row, FundingSource source) {
        return editLine(row, "修改资金来源", l -> new ProjectLine(l.id(), l.functionCode(), l.departmentalEconomicCode(),
                source, l.amount(), l.note()));
    }

    public Optional<String> editLineAmount(ProjectLineRow row, String text) {
        CodeLookup.Result<Yuan> parsed = CodeLookup.amount(text);
        if (!parsed.isAccepted()) {
            return refuse("金额（元）", parsed.reason());
        }
        return editLine(row, "修改项目明细金额", l -> new ProjectLine(l.id(), l.functionCode(),
                l.departmentalEconomicCode(), l.source(), parsed.value(), l.note()));
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
        String text = field + "：" + reason + "（未保存）";
        message.set(text);
        return Optional.of(text);
    }

    private static Project with(Project p, String unit, String name, ProjectCategory category,
                                ProjectAttribute attribute, String period, FundYear year, Procurement procurement,
                                List<ProjectLine> lines) {
        return new Project(p.id(), p.code(), unit, name, category, attribute, period, year, procurement, p.note(), lines);
    }
}
