package org.yusuan.workbench.app.forms;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.app.grid.CodeLookup;
import org.yusuan.workbench.domain.PlainText;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.FieldLengths;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.domain.performance.FormDrafts;
import org.yusuan.workbench.domain.performance.FrameworkConversion;
import org.yusuan.workbench.domain.performance.Indicator;
import org.yusuan.workbench.domain.performance.IndicatorFramework;
import org.yusuan.workbench.domain.performance.IndicatorLayout;
import org.yusuan.workbench.domain.performance.IndicatorLibrary;
import org.yusuan.workbench.domain.performance.IndicatorSkeleton;
import org.yusuan.workbench.domain.performance.IndicatorValue;
import org.yusuan.workbench.domain.performance.PerformanceForm;
import org.yusuan.workbench.service.BudgetWorkspace;
import org.yusuan.workbench.service.Edit;

/**
 * 绩效目标: the list of forms (the 部门整体 one and one per project, filled or not) and the editor of the
 * selected form. Every change is checked first (a refused value names the field and the reason and
 * stores nothing), then committed as one undoable edit of the whole form.
 */
public final class FormsViewModel {

    private final BudgetWorkspace workspace;
    private final ObservableList<FormEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<FormEntry> selected = new SimpleObjectProperty<>();
    private final ObservableList<IndicatorRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper budgetCheck = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper budgetCheckStyle = new ReadOnlyStringWrapper("");

    public FormsViewModel(BudgetWorkspace workspace) {
        this.workspace = workspace;
        workspace.addListener(this::refresh);
        selected.addListener((o, was, now) -> showForm());
        refresh();
    }

    public ObservableList<FormEntry> entries() {
        return entries;
    }

    public ObjectProperty<FormEntry> selectedProperty() {
        return selected;
    }

    public ObservableList<IndicatorRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The annual total beside the project's budget, with the difference when they disagree. */
    public ReadOnlyStringProperty budgetCheckProperty() {
        return budgetCheck.getReadOnlyProperty();
    }

    /** "ok" or "differs", for the view to colour the budget check. */
    public ReadOnlyStringProperty budgetCheckStyleProperty() {
        return budgetCheckStyle.getReadOnlyProperty();
    }

    public Optional<PerformanceForm> form() {
        return Optional.ofNullable(selected.get()).map(FormEntry::form);
    }

    public IndicatorFramework framework() {
        return workspace.budget().department().framework();
    }

    /** Selects the form (or the 未填报 entry) of a project; null selects the 部门整体 form. */
    public boolean select(String projectCode) {
        Optional<FormEntry> entry = entries.stream().filter(e -> Objects.equals(e.projectCode(), projectCode)).findFirst();
        entry.ifPresent(selected::set);
        return entry.isPresent();
    }

    // ---- the list ----------------------------------------------------------------------------

    private void refresh() {
        Budget budget = workspace.budget();
        List<FormEntry> list = new ArrayList<>();
        list.add(new FormEntry(null, budget.department().name(), budget.formOf(null).orElse(null)));
        for (Project p : budget.projects()) {
            list.add(new FormEntry(p.code(), p.name(), budget.formOf(p.code()).orElse(null)));
        }
        FormEntry was = selected.get();
        entries.setAll(list);
        selected.set(was == null ? null : entries.stream()
                .filter(e -> Objects.equals(e.projectCode(), was.projectCode())).findFirst().orElse(null));
        showForm();
    }

    private void showForm() {
        Optional<PerformanceForm> form = form();
        rows.setAll(form.map(f -> IndicatorLayout.of(IndicatorSkeleton.of(framework()), f.indicators()).stream()
                        .map(IndicatorRow::of).toList())
                .orElse(List.of()));
        budgetCheck.set(form.map(this::budgetCheck).orElse(""));
    }

    private String budgetCheck(PerformanceForm form) {
        Yuan budget = budgetOf(form.projectCode());
        Yuan year = form.yearFunds().total();
        if (year == null) {
            budgetCheckStyle.set("differs");
            return Messages.get("forms.check.noTotal", budget.format());
        }
        Yuan difference = year.minus(budget);
        budgetCheckStyle.set(difference.isZero() ? "ok" : "differs");
        return difference.isZero() ? Messages.get("forms.check.equal", budget.format())
                : Messages.get("forms.check.differs", budget.format(), year.format(), difference.format());
    }

    /** The budget a form's annual total must equal: the project's total, or the department's for the 部门整体 form. */
    private Yuan budgetOf(String projectCode) {
        Budget budget = workspace.budget();
        return projectCode == null ? budget.grandTotal()
                : budget.project(projectCode).map(Project::total).orElse(Yuan.ZERO);
    }

    /** A blank form for the selected 未填报 entry, funds taken from the budget. */
    public Optional<String> createForm() {
        FormEntry entry = selected.get();
        if (entry == null || entry.isFilled()) {
            return refuse("forms.label.form", Messages.get("forms.reason.alreadyFilled"));
        }
        return create(FormDrafts.blank(entry.projectCode(), budgetOf(entry.projectCode())), "forms.edit.create");
    }

    /** A new form for the selected 未填报 entry with the texts and indicators of {@code template}'s form. */
    public Optional<String> createFromTemplate(FormEntry template) {
        FormEntry entry = selected.get();
        if (entry == null || entry.isFilled()) {
            return refuse("forms.label.form", Messages.get("forms.reason.alreadyFilled"));
        }
        if (template == null || !template.isFilled()) {
            return refuse("forms.label.template", Messages.get("forms.reason.templateEmpty"));
        }
        return create(FormDrafts.fromTemplate(template.form(), entry.projectCode(), budgetOf(entry.projectCode())),
                "forms.edit.fromTemplate");
    }

    /** The filled forms another one can be copied from. */
    public List<FormEntry> templates() {
        return entries.stream().filter(FormEntry::isFilled).toList();
    }

    private Optional<String> create(PerformanceForm form, String descriptionKey) {
        workspace.apply(new Edit.FormChange(Messages.get(descriptionKey), null, form));
        message.set("");
        return Optional.empty();
    }

    // ---- funds and texts -----------------------------------------------------------------------

    public String fundText(FormPeriod period, FundPart part) {
        return form().map(f -> part.of(period == FormPeriod.IMPLEMENTATION ? f.implementationFunds() : f.yearFunds()))
                .map(Yuan::format).orElse("");
    }

    /** One amount in 元; blank leaves it blank on the form (which prints differently from 0). */
    public Optional<String> editFund(FormPeriod period, FundPart part, String text) {
        String field = period.label() + part.label();
        Yuan value = null;
        if (text != null && !text.isBlank()) {
            CodeLookup.Result<Yuan> parsed = CodeLookup.amount(text.strip());
            if (!parsed.isAccepted()) {
                return refuseField(field, parsed.reason());
            }
            value = parsed.value();
        }
        Yuan amount = value;
        return update(Messages.get("forms.edit.fund", field), f -> period == FormPeriod.IMPLEMENTATION
                ? new PerformanceForm(f.id(), f.projectCode(), f.title(), part.with(f.implementationFunds(), amount),
                        f.yearFunds(), f.texts(), f.indicators())
                : new PerformanceForm(f.id(), f.projectCode(), f.title(), f.implementationFunds(),
                        part.with(f.yearFunds(), amount), f.texts(), f.indicators()));
    }

    public String text(FormField field) {
        return form().map(f -> field.of(f.texts())).orElse("");
    }

    public Optional<String> editText(FormField field, String text) {
        String value = text == null || text.isBlank() ? null : PlainText.normalize(text);
        if (value != null && (PlainText.controlCharacter(value, field.isLong()) >= 0 || !PlainText.fits(value, field.maxLength()))) {
            return refuseField(field.label(), PlainText.controlCharacter(value, field.isLong()) >= 0
                    ? Messages.get("grid.reason.control") : Messages.get("forms.reason.tooLong", field.maxLength()));
        }
        Optional<String> doubled = IndicatorValue.doubledWord(value);
        if (doubled.isPresent() && !field.isLong()) {
            return refuseField(field.label(), Messages.get("forms.reason.doubled", doubled.get()));
        }
        return update(Messages.get("forms.edit.text", field.label()), f -> new PerformanceForm(f.id(), f.projectCode(),
                f.title(), f.implementationFunds(), f.yearFunds(), field.with(f.texts(), value), f.indicators()));
    }

    // ---- indicators ------------------------------------------------------------------------------

    /** The 三级 indicator's name; on an empty 二级 row a name adds the indicator. */
    public Optional<String> editName(IndicatorRow row, String text) {
        String name = PlainText.normalize(text);
        String field = Messages.get("forms.column.name");
        if (name.isEmpty()) {
            return row.isPlaceholder() ? Optional.empty() : refuseField(field, Messages.get("forms.reason.emptyName"));
        }
        if (PlainText.controlCharacter(name, false) >= 0) {
            return refuseField(field, Messages.get("grid.reason.control"));
        }
        if (!PlainText.fits(name, FieldLengths.PROJECT_NAME)) {
            return refuseField(field, Messages.get("forms.reason.tooLong", FieldLengths.PROJECT_NAME));
        }
        Optional<String> doubled = IndicatorValue.doubledWord(name);
        if (doubled.isPresent()) {
            return refuseField(field, Messages.get("forms.reason.doubled", doubled.get()));
        }
        if (row.isPlaceholder()) {
            return addIndicator(row, new Indicator(row.level1(), row.level2(), name, null, null));
        }
        Indicator i = row.indicator();
        return changeIndicator(row, Messages.get("forms.edit.name"),
                new Indicator(i.level1(), i.level2(), name, i.valueImplementation(), i.valueYear()));
    }

    /** A value for one period, checked with {@link IndicatorValue}; blank leaves the period unset. */
    public Optional<String> editValue(IndicatorRow row, FormPeriod period, String text) {
        String field = period.label() + Messages.get("forms.column.value");
        if (row.isPlaceholder()) {
            return text == null || text.isBlank() ? Optional.empty()
                    : refuseField(field, Messages.get("forms.reason.nameFirst"));
        }
        String value = null;
        if (text != null && !text.isBlank()) {
            IndicatorValue parsed = IndicatorValue.parse(text, workspace.qualitativeWords());
            if (parsed.isMalformed()) {
                return refuseField(field, Messages.get("forms.reason.malformed", text.strip(), parsed.reason()));
            }
            value = parsed.text();
        }
        Indicator i = row.indicator();
        Indicator changed = period == FormPeriod.IMPLEMENTATION
                ? new Indicator(i.level1(), i.level2(), i.name(), value, i.valueYear())
                : new Indicator(i.level1(), i.level2(), i.name(), i.valueImplementation(), value);
        return changeIndicator(row, Messages.get("forms.edit.value", field), changed);
    }

    /** A new indicator under the row's 二级 (named 新指标, to be renamed). */
    public Optional<String> addIndicator(IndicatorRow under) {
        if (under == null) {
            return refuse("forms.label.indicator", Messages.get("forms.reason.chooseLevel2"));
        }
        return addIndicator(under, new Indicator(under.level1(), under.level2(), Messages.get("forms.newIndicator"),
                null, null));
    }

    private Optional<String> addIndicator(IndicatorRow under, Indicator indicator) {
        return changeIndicators(Messages.get("forms.edit.add", under.level2()), list -> {
            list.add(insertionPoint(list, under.level1(), under.level2()), indicator);
            return list;
        });
    }

    /** Right after the last indicator of the same 二级, so the list keeps the print order. */
    private static int insertionPoint(List<Indicator> list, String level1, String level2) {
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i).level1().equals(level1) && list.get(i).level2().equals(level2)) {
                return i + 1;
            }
        }
        return list.size();
    }

    public Optional<String> deleteIndicators(List<IndicatorRow> doomed) {
        List<Integer> indexes = doomed.stream().filter(r -> !r.isPlaceholder()).map(IndicatorRow::index)
                .sorted(java.util.Comparator.reverseOrder()).toList();
        if (indexes.isEmpty()) {
            return Optional.empty();
        }
        return changeIndicators(Messages.get("forms.edit.delete", indexes.size()), list -> {
            indexes.forEach(i -> list.remove((int) i));
            return list;
        });
    }

    /** 复制实施期到年度: every indicator's 年度 value becomes its 实施期 value, as one edit. */
    public Optional<String> copyImplementationToYear() {
        return changeIndicators(Messages.get("forms.edit.copy"), list -> {
            list.replaceAll(i -> new Indicator(i.level1(), i.level2(), i.name(), i.valueImplementation(),
                    i.valueImplementation()));
            return list;
        });
    }

    // ---- frameworks and the library -------------------------------------------------------------

    /** Files the selected form's cost indicators for the other framework (转换为2021框架 and back). */
    public Optional<String> convertFramework(IndicatorFramework target) {
        PerformanceForm form = form().orElse(null);
        if (form == null) {
            return Optional.empty();
        }
        if (FrameworkConversion.movedCount(form, target) == 0) {
            return refuse("forms.label.framework", Messages.get("forms.reason.nothingToConvert", target.label()));
        }
        return update(Messages.get("forms.edit.convert", target.label()), f -> FrameworkConversion.convert(f, target));
    }

    /**
     * The department's framework: which skeleton every form is laid on (and the audit checks
     * against). Switching it converts every form whose indicators must move, in the same undoable
     * step, so no indicator is ever left outside the skeleton.
     */
    public void setDepartmentFramework(IndicatorFramework framework) {
        IndicatorFramework before = framework();
        if (framework == null || framework == before) {
            return;
        }
        List<PerformanceForm> formsBefore = new ArrayList<>();
        List<PerformanceForm> formsAfter = new ArrayList<>();
        for (PerformanceForm form : workspace.budget().forms()) {
            if (FrameworkConversion.movedCount(form, framework) > 0) {
                formsBefore.add(form);
                formsAfter.add(FrameworkConversion.convert(form, framework));
            }
        }
        workspace.apply(new Edit.FrameworkChange(Messages.get("forms.edit.framework", framework.label()), before,
                framework, formsBefore, formsAfter));
    }

    public List<IndicatorLibrary.Entry> searchLibrary(String text) {
        return IndicatorLibrary.of(workspace.budget().forms()).search(text);
    }

    /** Inserts a library indicator, with its typical value for both periods, under the row's 二级. */
    public Optional<String> insertFromLibrary(IndicatorLibrary.Entry entry, IndicatorRow under) {
        if (under == null) {
            return refuse("forms.label.indicator", Messages.get("forms.reason.chooseLevel2"));
        }
        if (form().isEmpty()) {
            return Optional.empty();
        }
        return addIndicator(under, entry.asIndicator(under.level1(), under.level2()));
    }

    // ---- committing ---------------------------------------------------------------------------------

    private Optional<String> changeIndicator(IndicatorRow row, String description, Indicator changed) {
        return changeIndicators(description, list -> {
            list.set(row.index(), changed);
            return list;
        });
    }

    private Optional<String> changeIndicators(String description, UnaryOperator<List<Indicator>> change) {
        return update(description, f -> new PerformanceForm(f.id(), f.projectCode(), f.title(), f.implementationFunds(),
                f.yearFunds(), f.texts(), change.apply(new ArrayList<>(f.indicators()))));
    }

    private Optional<String> update(String description, UnaryOperator<PerformanceForm> change) {
        PerformanceForm before = form().orElse(null);
        if (before == null) {
            return refuse("forms.label.form", Messages.get("forms.reason.noForm"));
        }
        PerformanceForm after = change.apply(before);
        if (!after.equals(before)) {
            workspace.apply(new Edit.FormChange(description, before, after));
        }
        message.set("");
        return Optional.empty();
    }

    private Optional<String> refuse(String fieldKey, String reason) {
        return refuseField(Messages.get(fieldKey), reason);
    }

    private Optional<String> refuseField(String field, String reason) {
        String text = Messages.get("forms.refused", field, reason);
        message.set(text);
        return Optional.of(text);
    }
}
