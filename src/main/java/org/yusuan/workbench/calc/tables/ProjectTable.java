package org.yusuan.workbench.calc.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yusuan.workbench.calc.ledger.Aggregate;
import org.yusuan.workbench.calc.ledger.BudgetLedger;
import org.yusuan.workbench.calc.table.Cell;
import org.yusuan.workbench.calc.table.RowKind;
import org.yusuan.workbench.calc.table.TableRow;
import org.yusuan.workbench.domain.budget.BudgetUnit;
import org.yusuan.workbench.domain.budget.FundYear;
import org.yusuan.workbench.domain.budget.FundingSource;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.money.Yuan;

/**
 * The body of tables 12 and 13: the department row, then per unit (in unit order) a subtotal row and
 * its projects (in project order), with 合计 over all sources and one column per listed source. A
 * project with nothing budgeted is left out, and so is a unit left without projects.
 *
 * <p>Tables 12 and 13 are the only tables with a row per project, so a large budget (tens of
 * thousands of projects) makes them the expensive ones. One instance therefore keeps the rows it
 * derived for its ledger: while the units and projects themselves are unchanged (same
 * {@link Aggregate#STRUCTURE} version), an edit re-derives only the rows of the projects the ledger
 * reports as posted to ({@link BudgetLedger#projectsChangedSince}), their units' subtotal rows and
 * the department row; everything else is the same row object as before. Sums are exact 元, so
 * patching the department sum by the change of a unit's sum gives the very sum a full derivation
 * adds up, and every cell is rounded from its own sum as before: the rows are equal to a full
 * derivation's.
 */
final class ProjectTable {

    private static final FundingSource[] SOURCES = FundingSource.values();

    private final FundYear year;
    private final List<FundingSource> columns;

    /** What the rows were derived from; null until the first derivation. */
    private BudgetLedger ledger;
    private long structureVersion;
    private long projectVersion;
    /**
     * Patching finds a row by its project's code and puts it back at one place: it needs unique unit
     * and project codes, which import and store guarantee; a budget without them is always derived
     * in full (and prints as before: a unit code listed twice shows its projects twice).
     */
    private boolean patchable;

    private final List<UnitBlock> units = new ArrayList<>();
    private final Map<String, ProjectRow> projects = new HashMap<>();
    private Yuan[] department;
    /** The rows as last returned; a patch that shows and hides no row replaces rows in place. */
    private final List<TableRow> assembled = new ArrayList<>();

    /** One project of the table's fund year: its sums by source and its row (null when nothing is budgeted). */
    private static final class ProjectRow {
        final Project project;
        Yuan[] sums;
        TableRow row;
        /** Position in {@link #assembled}; meaningful while {@link #row} is not null. */
        int index;

        ProjectRow(Project project) {
            this.project = project;
        }
    }

    /** One unit: its projects in project order, the sum of those with a row, its subtotal row. */
    private static final class UnitBlock {
        final BudgetUnit unit;
        final List<ProjectRow> projects;
        Yuan[] sums;
        TableRow row;
        int index;

        UnitBlock(BudgetUnit unit, List<ProjectRow> projects) {
            this.unit = unit;
            this.projects = projects;
        }
    }

    /**
     * @param year which projects: this year's (table 12) or carried over (table 13)
     * @param columns the sources with a column after 合计
     */
    ProjectTable(FundYear year, List<FundingSource> columns) {
        this.year = year;
        this.columns = List.copyOf(columns);
    }

    /** The rows for the ledger as it is now: patched when possible, else derived from all projects. */
    List<TableRow> rows(BudgetLedger current) {
        Optional<Set<String>> changed = current == ledger && patchable
                && structureVersion == current.version(Aggregate.STRUCTURE)
                ? current.projectsChangedSince(projectVersion) : Optional.empty();
        if (changed.isEmpty()) {
            rebuild(current);
            assemble();
        } else if (!patch(changed.get())) {
            assemble();
        }
        projectVersion = current.version(Aggregate.PROJECT);
        return List.copyOf(assembled);
    }

    static boolean hasData(List<TableRow> rows) {
        return rows.size() > 1;
    }

    /** Every row from the ledger's units, projects and sums. */
    private void rebuild(BudgetLedger current) {
        ledger = current;
        structureVersion = current.version(Aggregate.STRUCTURE);
        patchable = true;
        units.clear();
        projects.clear();
        Map<String, List<ProjectRow>> byUnit = new HashMap<>();
        for (BudgetUnit unit : current.units()) {
            patchable &= byUnit.put(unit.code(), new ArrayList<>()) == null;
        }
        for (Project project : current.projects()) {
            List<ProjectRow> ofUnit = byUnit.get(project.unitCode());
            if (project.fundYear() != year || ofUnit == null) {
                continue; // the other table's, or of no listed unit (never printed)
            }
            ProjectRow entry = new ProjectRow(project);
            derive(entry);
            ofUnit.add(entry);
            patchable &= projects.put(project.code(), entry) == null;
        }
        department = zeros();
        for (BudgetUnit unit : current.units()) {
            UnitBlock block = new UnitBlock(unit, byUnit.get(unit.code()));
            derive(block);
            add(department, block.sums, 1);
            units.add(block);
        }
    }

    /**
     * Re-derives only the rows of the projects posted to, their units' rows and the department row,
     * and puts them in place of the old ones.
     *
     * @return false when a row appeared or disappeared, so the rows must be assembled again
     */
    private boolean patch(Set<String> changedProjects) {
        List<ProjectRow> changed = new ArrayList<>();
        Set<String> changedUnits = new HashSet<>();
        boolean inPlace = true;
        for (String code : changedProjects) {
            ProjectRow entry = projects.get(code);
            if (entry != null) { // else a project of the other table or of no listed unit
                boolean shown = entry.row != null;
                derive(entry);
                inPlace &= shown == (entry.row != null);
                changed.add(entry);
                changedUnits.add(entry.project.unitCode());
            }
        }
        List<UnitBlock> changedBlocks = new ArrayList<>();
        for (UnitBlock block : units) { // by code: a unit code listed twice would print twice
            if (changedUnits.contains(block.unit.code())) {
                boolean shown = block.row != null;
                add(department, block.sums, -1);
                derive(block);
                add(department, block.sums, 1);
                inPlace &= shown == (block.row != null);
                changedBlocks.add(block);
            }
        }
        if (!inPlace) {
            return false;
        }
        if (!changed.isEmpty()) {
            assembled.set(0, departmentRow());
            // Rows still hidden have no place (and a stale index).
            changed.stream().filter(e -> e.row != null).forEach(e -> assembled.set(e.index, e.row));
            changedBlocks.stream().filter(b -> b.row != null).forEach(b -> assembled.set(b.index, b.row));
        }
        return true;
    }

    private void derive(ProjectRow entry) {
        entry.sums = ledger.projectBySource(entry.project.code());
        entry.row = total(entry.sums).isZero() ? null
                : row(RowKind.PROJECT, entry.project.code(), entry.project.name(), entry.sums);
    }

    /** A unit's sums over its projects with a row; its row only if it has such projects. */
    private void derive(UnitBlock block) {
        block.sums = zeros();
        boolean any = false;
        for (ProjectRow entry : block.projects) {
            if (entry.row != null) {
                add(block.sums, entry.sums, 1);
                any = true;
            }
        }
        block.row = any ? row(RowKind.UNIT, block.unit.code(), block.unit.name(), block.sums) : null;
    }

    private TableRow departmentRow() {
        return row(RowKind.DEPARTMENT, "department", ledger.department().name(), department);
    }

    /** Lays the rows out afresh, noting where each one is. */
    private void assemble() {
        assembled.clear();
        assembled.add(departmentRow());
        for (UnitBlock block : units) {
            if (block.row == null) {
                continue;
            }
            block.index = assembled.size();
            assembled.add(block.row);
            for (ProjectRow entry : block.projects) {
                if (entry.row != null) {
                    entry.index = assembled.size();
                    assembled.add(entry.row);
                }
            }
        }
    }

    /** [名称, 合计 (all sources), one cell per column source]. */
    private TableRow row(RowKind kind, String key, String label, Yuan[] sums) {
        List<Cell> cells = new ArrayList<>(2 + columns.size());
        cells.add(Cell.text(label));
        cells.add(Cell.amount(total(sums)));
        columns.forEach(source -> cells.add(Cell.amount(sums[source.ordinal()])));
        return new TableRow(kind, key, cells);
    }

    private static Yuan total(Yuan[] sums) {
        Yuan total = Yuan.ZERO;
        for (Yuan sum : sums) {
            total = total.plus(sum);
        }
        return total;
    }

    /** {@code into += sign × amounts}, source by source. */
    private static void add(Yuan[] into, Yuan[] amounts, int sign) {
        for (int i = 0; i < into.length; i++) {
            into[i] = sign > 0 ? into[i].plus(amounts[i]) : into[i].minus(amounts[i]);
        }
    }

    private static Yuan[] zeros() {
        Yuan[] sums = new Yuan[SOURCES.length];
        Arrays.fill(sums, Yuan.ZERO);
        return sums;
    }
}
