package org.yusuan.workbench.service;

import java.util.List;
import java.util.Objects;
import org.yusuan.workbench.domain.budget.BasicExpenditureLine;
import org.yusuan.workbench.domain.budget.BudgetUnit;
import org.yusuan.workbench.domain.budget.Department;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.performance.IndicatorFramework;
import org.yusuan.workbench.domain.performance.PerformanceForm;
import org.yusuan.workbench.domain.budget.Staffing;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.domain.narrative.NarrativeSection;
import org.yusuan.workbench.domain.narrative.PriorYearItem;
import org.yusuan.workbench.domain.narrative.StateAsset;
import org.yusuan.workbench.domain.publication.Wording;

/**
 * One undoable change the accountant makes: old and new values, so undo is the same change
 * reversed. A multi-row paste is one edit with several lines.
 */
public sealed interface Edit permits Edit.BasicLines, Edit.ProjectChange, Edit.FormChange, Edit.FrameworkChange,
        Edit.DepartmentChange, Edit.UnitChange, Edit.StaffingChange, Edit.PriorYearChange, Edit.StateAssetChange,
        Edit.NarrativeTextChange, Edit.ExplanationChange, Edit.WordingChange {

    /** What the edit did, for the 撤销/重做 menu ("修改基本支出金额", "粘贴 3 行"). */
    String description();

    /** The edit that undoes this one. */
    Edit inverse();

    /**
     * Hands the edit to {@code handler}'s method for its kind. Whoever applies edits implements
     * {@link Handler}, so a new kind of edit does not compile until every applier handles it.
     */
    <R> R accept(Handler<R> handler);

    /** One method per kind of edit. */
    interface Handler<R> {

        R basicLines(BasicLines edit);

        R project(ProjectChange edit);

        R form(FormChange edit);

        R framework(FrameworkChange edit);

        R department(DepartmentChange edit);

        R unit(UnitChange edit);

        R staffing(StaffingChange edit);

        R priorYear(PriorYearChange edit);

        R stateAsset(StateAssetChange edit);

        R narrativeText(NarrativeTextChange edit);

        R explanation(ExplanationChange edit);

        R wording(WordingChange edit);
    }

    /** Basic lines removed and added (an update is one of each with the same id). */
    record BasicLines(String description, List<BasicExpenditureLine> removed, List<BasicExpenditureLine> added)
            implements Edit {

        public BasicLines {
            removed = List.copyOf(removed);
            added = List.copyOf(added);
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.basicLines(this);
        }

        @Override
        public Edit inverse() {
            return new BasicLines(description, added, removed);
        }
    }

    /** A project with its lines replaced, added ({@code before} null) or deleted ({@code after} null). */
    record ProjectChange(String description, Project before, Project after) implements Edit {

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.project(this);
        }

        @Override
        public Edit inverse() {
            return new ProjectChange(description, after, before);
        }
    }

    /**
     * A performance form replaced whole (texts, funds and indicators), added ({@code before} null) or
     * deleted ({@code after} null); forms are matched by project code (null: 部门整体绩效目标).
     */
    record FormChange(String description, PerformanceForm before, PerformanceForm after) implements Edit {

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.form(this);
        }

        @Override
        public Edit inverse() {
            return new FormChange(description, after, before);
        }
    }

    /**
     * The department's indicator framework switched (传统 ↔ 2021), with every form whose indicators
     * had to move converted in the same step ({@code formsBefore[i]} became {@code formsAfter[i]}).
     */
    record FrameworkChange(String description, IndicatorFramework before, IndicatorFramework after,
                           List<PerformanceForm> formsBefore, List<PerformanceForm> formsAfter) implements Edit {

        public FrameworkChange {
            formsBefore = List.copyOf(formsBefore);
            formsAfter = List.copyOf(formsAfter);
            if (formsBefore.size() != formsAfter.size()) {
                throw new IllegalArgumentException("each converted form needs its before and after");
            }
        }

        /** A switch that converts no form. */
        public FrameworkChange(String description, IndicatorFramework before, IndicatorFramework after) {
            this(description, before, after, List.of(), List.of());
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.framework(this);
        }

        @Override
        public Edit inverse() {
            return new FrameworkChange(description, after, before, formsAfter, formsBefore);
        }
    }

    /** 部门编码, 名称, 预算年度 or 绩效指标框架 changed. */
    record DepartmentChange(String description, Department before, Department after) implements Edit {

        public DepartmentChange {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.department(this);
        }

        @Override
        public Edit inverse() {
            return new DepartmentChange(description, after, before);
        }
    }

    /**
     * A unit renamed, recoded or retyped ({@code before} → {@code after}, matched by the old code), added
     * ({@code before} null) or deleted ({@code after} null).
     *
     * @param position the unit's place in the list (the print order of tables 11-13), so an undone
     *                 deletion puts it back where it was
     * @param staffing the unit's staffing rows, deleted with it and restored with it
     */
    record UnitChange(String description, BudgetUnit before, BudgetUnit after, int position, List<Staffing> staffing)
            implements Edit {

        public UnitChange {
            if (before == null && after == null) {
                throw new IllegalArgumentException("a unit change needs a unit");
            }
            staffing = List.copyOf(staffing);
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.unit(this);
        }

        @Override
        public Edit inverse() {
            return new UnitChange(description, after, before, position, staffing);
        }
    }

    /**
     * The staffing table as a whole, before and after: it has a handful of rows without identity
     * (unit × category), so replacing it whole keeps the order and makes undo exact.
     */
    record StaffingChange(String description, List<Staffing> before, List<Staffing> after) implements Edit {

        public StaffingChange {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.staffing(this);
        }

        @Override
        public Edit inverse() {
            return new StaffingChange(description, after, before);
        }
    }

    /** One 上年数 set, changed or cleared (null = not entered). */
    record PriorYearChange(String description, PriorYearItem item, Yuan before, Yuan after) implements Edit {

        public PriorYearChange {
            Objects.requireNonNull(item, "item");
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.priorYear(this);
        }

        @Override
        public Edit inverse() {
            return new PriorYearChange(description, item, after, before);
        }
    }

    /**
     * The 国有资产 list changed: a line set, changed, added, removed or moved. The whole list (a few
     * lines) before and after, so an undo gives back the order as well.
     */
    record StateAssetChange(String description, List<StateAsset> before, List<StateAsset> after)
            implements Edit {

        public StateAssetChange {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.stateAsset(this);
        }

        @Override
        public Edit inverse() {
            return new StateAssetChange(description, after, before);
        }
    }

    /** One of the accountant's 情况说明 texts set, changed or cleared (null = not entered). */
    record NarrativeTextChange(String description, NarrativeSection section, String before, String after)
            implements Edit {

        public NarrativeTextChange {
            Objects.requireNonNull(section, "section");
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.narrativeText(this);
        }

        @Override
        public Edit inverse() {
            return new NarrativeTextChange(description, section, after, before);
        }
    }

    /**
     * The file's wording (文本与标题) replaced whole: one text edited, a template imported or a shipped
     * one taken. {@code before} may be {@link Wording#NONE} (a file that printed the shipped template).
     */
    record WordingChange(String description, Wording before, Wording after) implements Edit {

        public WordingChange {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.wording(this);
        }

        @Override
        public Edit inverse() {
            return new WordingChange(description, after, before);
        }
    }

    /**
     * The unit's 出错说明 of an audit finding set, changed or cleared (null = none), by
     * {@link SubmissionExport#findingKey}; it travels with the finding in the package for the bureau.
     */
    record ExplanationChange(String description, String findingKey, String before, String after) implements Edit {

        public ExplanationChange {
            Objects.requireNonNull(findingKey, "findingKey");
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.explanation(this);
        }

        @Override
        public Edit inverse() {
            return new ExplanationChange(description, findingKey, after, before);
        }
    }
}
