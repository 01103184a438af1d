package org.yusuan.workbench.store;

import static org.yusuan.workbench.store.Columns.amount;
import static org.yusuan.workbench.store.Columns.name;
import static org.yusuan.workbench.store.jooq.Tables.BASIC_LINE;
import static org.yusuan.workbench.store.jooq.Tables.BUDGET_UNIT;
import static org.yusuan.workbench.store.jooq.Tables.DEPARTMENT;
import static org.yusuan.workbench.store.jooq.Tables.NARRATIVE_TEXT;
import static org.yusuan.workbench.store.jooq.Tables.PERFORMANCE_FORM;
import static org.yusuan.workbench.store.jooq.Tables.PERFORMANCE_INDICATOR;
import static org.yusuan.workbench.store.jooq.Tables.PRIOR_YEAR_FIGURE;
import static org.yusuan.workbench.store.jooq.Tables.PROJECT;
import static org.yusuan.workbench.store.jooq.Tables.PROJECT_LINE;
import static org.yusuan.workbench.store.jooq.Tables.STAFFING;
import static org.yusuan.workbench.store.jooq.Tables.STATE_ASSET;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.yusuan.workbench.domain.budget.BasicExpenditureLine;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.BudgetUnit;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.budget.ProjectLine;
import org.yusuan.workbench.domain.budget.Staffing;
import org.yusuan.workbench.domain.performance.PerformanceForm;

/** Writes a whole budget inside the caller's transaction. */
final class BudgetWriter {

    private final DSLContext tx;
    private final Map<String, Long> unitIds = new HashMap<>();
    private final Map<String, Long> projectIds = new HashMap<>();

    BudgetWriter(DSLContext tx) {
        this.tx = tx;
    }

    void deleteAll() {
        // Children first; the schema's cascades are not relied on so the order is explicit.
        List.of(PERFORMANCE_INDICATOR, PERFORMANCE_FORM, PROJECT_LINE, PROJECT, BASIC_LINE, STAFFING, BUDGET_UNIT,
                        DEPARTMENT, PRIOR_YEAR_FIGURE, STATE_ASSET, NARRATIVE_TEXT)
                .forEach(table -> tx.deleteFrom(table).execute());
    }

    void write(Budget budget) {
        var d = budget.department();
        tx.insertInto(DEPARTMENT, DEPARTMENT.ID, DEPARTMENT.CODE, DEPARTMENT.NAME, DEPARTMENT.BUDGET_YEAR,
                DEPARTMENT.INDICATOR_FRAMEWORK, DEPARTMENT.DIVISION_CODE).values(1, d.code(), d.name(), d.budgetYear(),
                d.framework().name(), d.divisionCode().isEmpty() ? null : d.divisionCode()).execute();
        int order = 0;
        for (BudgetUnit unit : budget.units()) {
            long id = tx.insertInto(BUDGET_UNIT, BUDGET_UNIT.CODE, BUDGET_UNIT.NAME, BUDGET_UNIT.UNIT_TYPE,
                            BUDGET_UNIT.SORT_ORDER)
                    .values(unit.code(), unit.name(), unit.type().name(), order++)
                    .returningResult(BUDGET_UNIT.ID).fetchOne().value1();
            unitIds.put(unit.code(), id);
        }
        order = 0;
        for (Staffing s : budget.staffing()) {
            tx.insertInto(STAFFING, STAFFING.UNIT_ID, STAFFING.CATEGORY, STAFFING.AUTHORIZED, STAFFING.ACTUAL,
                            STAFFING.SORT_ORDER)
                    .values(unitId(s.unitCode()), s.category().name(), s.authorized(), s.actual(), order++).execute();
        }
        writeBasicLines(budget.basicLines());
        writeProjects(budget.projects());
        order = 0;
        for (PerformanceForm form : budget.forms()) {
            writeForm(form, order++);
        }
        budget.priorYear().forEach((item, yuan) -> tx.insertInto(PRIOR_YEAR_FIGURE, PRIOR_YEAR_FIGURE.ITEM,
                PRIOR_YEAR_FIGURE.AMOUNT).values(item.name(), amount(yuan)).execute());
        StateAssetRows.insert(tx, budget.stateAssets());
        budget.narrative().forEach((section, text) -> tx.insertInto(NARRATIVE_TEXT, NARRATIVE_TEXT.SECTION,
                NARRATIVE_TEXT.CONTENT).values(section.name(), text).execute());
    }

    private void writeBasicLines(List<BasicExpenditureLine> lines) {
        var insert = tx.batch(tx.insertInto(BASIC_LINE, BASIC_LINE.UNIT_ID, BASIC_LINE.FUNCTION_CODE,
                        BASIC_LINE.DEPT_ECONOMIC_CODE, BASIC_LINE.GOV_ECONOMIC_CODE, BASIC_LINE.FUNDING_SOURCE,
                        BASIC_LINE.AMOUNT, BASIC_LINE.EXPENSE_KIND, BASIC_LINE.FUND_YEAR, BASIC_LINE.NOTE,
                        BASIC_LINE.QUANTITY, BASIC_LINE.UNIT_PRICE)
                .values((Long) null, null, null, null, null, null, null, null, null, null, null));
        // Inserted in list order, so ids (the listing order) follow the workbook's order.
        for (BasicExpenditureLine l : lines) {
            insert.bind(unitId(l.unitCode()), l.functionCode(), l.departmentalEconomicCode(),
                    l.governmentEconomicOverride(), name(l.source()), amount(l.amount()),
                    name(l.expenseKindOverride()), name(l.fundYear()), l.note(), l.quantity(), amount(l.unitPrice()));
        }
        if (!lines.isEmpty()) {
            insert.execute();
        }
    }

    private void writeProjects(List<Project> projects) {
        for (Project p : projects) {
            projectIds.put(p.code(), ProjectRows.insert(tx, p, unitId(p.unitCode())));
        }
    }

    private void writeForm(PerformanceForm form, int order) {
        FormRows.insert(tx, form, form.projectCode() == null ? null : projectIds.get(form.projectCode()), order);
    }

    private long unitId(String unitCode) {
        Long id = unitIds.get(unitCode);
        if (id == null) {
            throw new IllegalArgumentException("line refers to unknown unit " + unitCode);
        }
        return id;
    }
}
