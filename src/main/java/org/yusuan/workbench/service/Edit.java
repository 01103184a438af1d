package org.yusuan.workbench.service;

import java.util.List;
import org.yusuan.workbench.domain.budget.BasicExpenditureLine;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.performance.IndicatorFramework;
import org.yusuan.workbench.domain.performance.PerformanceForm;

/**
 * One undoable change the accountant makes: old and new values, so undo is the same change
 * reversed. A multi-row paste is one edit with several lines.
 */
public sealed interface Edit permits Edit.BasicLines, Edit.ProjectChange, Edit.FormChange, Edit.FrameworkChange {

    /** What the edit did, for the 撤销/重做 menu ("修改基本支出金额", "粘贴 3 行"). */
    String description();

    /** The edit that undoes this one. */
    Edit inverse();

    /** Basic lines removed and added (an update is one of each with the same id). */
    record BasicLines(String description, List<BasicExpenditureLine> removed, List<BasicExpenditureLine> added)
            implements Edit {

        public BasicLines {
            removed = List.copyOf(removed);
            added = List.copyOf(added);
        }

        @Override
        public Edit inverse() {
            return new BasicLines(description, added, removed);
        }
    }

    /** A project with its lines replaced, added ({@code before} null) or deleted ({@code after} null). */
    record ProjectChange(String description, Project before, Project after) implements Edit {

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
        public Edit inverse() {
            return new FormChange(description, after, before);
        }
    }

    /** The department's indicator framework switched (传统 ↔ 2021). */
    record FrameworkChange(String description, IndicatorFramework before, IndicatorFramework after) implements Edit {

        @Override
        public Edit inverse() {
            return new FrameworkChange(description, after, before);
        }
    }
}
