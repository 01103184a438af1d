package org.yusuan.workbench.calc.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.yusuan.workbench.calc.BudgetLedger;
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
 * its projects (in project order), with 合计 over all sources and one column per listed source.
 */
final class ProjectTable {

    private ProjectTable() {
    }

    static List<TableRow> rows(BudgetLedger ledger, FundYear year, List<FundingSource> columns) {
        Map<String, List<Project>> byUnit = new LinkedHashMap<>();
        ledger.units().forEach(u -> byUnit.put(u.code(), new ArrayList<>()));
        ledger.projects().stream().filter(p -> p.fundYear() == year)
                .forEach(p -> byUnit.computeIfAbsent(p.unitCode(), u -> new ArrayList<>()).add(p));
        List<TableRow> unitAndProjectRows = new ArrayList<>();
        Map<FundingSource, Yuan> department = new LinkedHashMap<>();
        for (BudgetUnit unit : ledger.units()) {
            Map<FundingSource, Yuan> unitSums = new LinkedHashMap<>();
            List<TableRow> projectRows = new ArrayList<>();
            for (Project project : byUnit.get(unit.code())) {
                Function<FundingSource, Yuan> amount = source -> ledger.project(project.code(), source);
                if (FiscalColumns.total(List.of(FundingSource.values()), amount).isZero()) {
                    continue;
                }
                for (FundingSource source : FundingSource.values()) {
                    unitSums.merge(source, amount.apply(source), Yuan::plus);
                }
                projectRows.add(row(RowKind.PROJECT, project.code(), project.name(), amount, columns));
            }
            if (projectRows.isEmpty()) {
                continue;
            }
            unitSums.forEach((source, sum) -> department.merge(source, sum, Yuan::plus));
            unitAndProjectRows.add(row(RowKind.UNIT, unit.code(), unit.name(),
                    source -> unitSums.getOrDefault(source, Yuan.ZERO), columns));
            unitAndProjectRows.addAll(projectRows);
        }
        List<TableRow> rows = new ArrayList<>();
        rows.add(row(RowKind.DEPARTMENT, "department", ledger.department().name(),
                source -> department.getOrDefault(source, Yuan.ZERO), columns));
        rows.addAll(unitAndProjectRows);
        return rows;
    }

    /** [名称, 合计 (all sources), one cell per column source]. */
    private static TableRow row(RowKind kind, String key, String label, Function<FundingSource, Yuan> amount,
                                List<FundingSource> columns) {
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.text(label));
        cells.add(Cell.amount(FiscalColumns.total(List.of(FundingSource.values()), amount)));
        columns.forEach(source -> cells.add(Cell.amount(amount.apply(source))));
        return new TableRow(kind, key, cells);
    }

    static boolean hasData(List<TableRow> rows) {
        return rows.size() > 1;
    }
}
