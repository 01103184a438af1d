package org.yusuan.workbench.store;

import static org.yusuan.workbench.store.Columns.amount;
import static org.yusuan.workbench.store.Columns.name;
import static org.yusuan.workbench.store.jooq.Tables.BASIC_LINE;
import static org.yusuan.workbench.store.jooq.Tables.BUDGET_UNIT;
import static org.yusuan.workbench.store.jooq.Tables.DEPARTMENT;
import static org.yusuan.workbench.store.jooq.Tables.FINDING_EXPLANATION;
import static org.yusuan.workbench.store.jooq.Tables.PERFORMANCE_FORM;
import static org.yusuan.workbench.store.jooq.Tables.NARRATIVE_TEXT;
import static org.yusuan.workbench.store.jooq.Tables.PRIOR_YEAR_FIGURE;
import static org.yusuan.workbench.store.jooq.Tables.PROJECT;
import static org.yusuan.workbench.store.jooq.Tables.STATE_ASSET;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
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
import org.yusuan.workbench.store.jooq.tables.records.BasicLineRecord;

/**
 * Single edits of the workstation, each committed in its own transaction as it is made (a crash
 * loses nothing committed). Records keep their ids across an undo, so lists keep their order.
 */
public final class BudgetEdits {

    private final DSLContext dsl;

    BudgetEdits(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Removes {@code removed} (by id) and stores {@code added}, all or nothing: an edit is one removed
     * and one added line with the same id, an insert or a paste has only added lines, a deletion only
     * removed ones.
     *
     * @return {@code added} as stored, new lines with their new ids
     */
    public List<BasicExpenditureLine> replaceBasicLines(List<BasicExpenditureLine> removed,
                                                        List<BasicExpenditureLine> added) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = DSL.using(configuration);
            for (BasicExpenditureLine line : removed) {
                if (tx.deleteFrom(BASIC_LINE).where(BASIC_LINE.ID.eq(line.id())).execute() != 1) {
                    throw new IllegalStateException("basic line " + line.id() + " is not in the file");
                }
            }
            List<BasicExpenditureLine> stored = new ArrayList<>();
            for (BasicExpenditureLine line : added) {
                BasicLineRecord r = tx.newRecord(BASIC_LINE);
                if (line.id() > 0) {
                    r.setId(line.id());
                }
                r.setUnitId(unitId(tx, line.unitCode()));
                r.setFunctionCode(line.functionCode());
                r.setDeptEconomicCode(line.departmentalEconomicCode());
                r.setGovEconomicCode(line.governmentEconomicOverride());
                r.setFundingSource(name(line.source()));
                r.setAmount(amount(line.amount()));
                r.setExpenseKind(name(line.expenseKindOverride()));
                r.setFundYear(name(line.fundYear()));
                r.setNote(line.note());
                r.setQuantity(line.quantity());
                r.setUnitPrice(amount(line.unitPrice()));
                r.store();
                stored.add(line.withId(r.getId()));
            }
            return stored;
        });
    }

    /**
     * Replaces a project with all its lines ({@code before} null: adds one; {@code after} null:
     * deletes it, with its performance form). An edit keeps the project's row (and so its form) and
     * replaces its lines.
     *
     * @return {@code after} as stored (with ids), or null after a deletion
     */
    public Project replaceProject(Project before, Project after) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = DSL.using(configuration);
            Long id = before == null ? null
                    : tx.select(PROJECT.ID).from(PROJECT).where(PROJECT.CODE.eq(before.code())).fetchOne(PROJECT.ID);
            if (before != null && id == null) {
                throw new IllegalStateException("project " + before.code() + " is not in the file");
            }
            if (after == null) {
                tx.deleteFrom(PROJECT).where(PROJECT.ID.eq(id)).execute();
                return null;
            }
            if (id == null) {
                ProjectRows.insert(tx, after, unitId(tx, after.unitCode()));
            } else {
                ProjectRows.update(tx, id, after, unitId(tx, after.unitCode()));
            }
            return new BudgetReader(tx).project(after.code()).orElseThrow();
        });
    }

    /**
     * Replaces the performance form of one project (or the 部门整体 form, project code null), all or
     * nothing: {@code before} null inserts {@code after}, {@code after} null deletes {@code before},
     * both update the form in place with its indicators replaced. Forms are found by project code, as
     * a project has at most one. An update keeps the form's id; an insert keeps an id it already has
     * (an undone deletion), and then also its old place in the print order.
     *
     * @return {@code after} as stored (with its id), or null after a deletion
     */
    public PerformanceForm replaceForm(PerformanceForm before, PerformanceForm after) {
        if (before != null && after != null && !java.util.Objects.equals(before.projectCode(), after.projectCode())) {
            throw new IllegalArgumentException("a form edit cannot move a form to another project");
        }
        return dsl.transactionResult(configuration -> {
            DSLContext tx = DSL.using(configuration);
            String code = before != null ? before.projectCode() : after.projectCode();
            Long projectId = code == null ? null : projectId(tx, code);
            Condition ofProject = projectId == null ? PERFORMANCE_FORM.PROJECT_ID.isNull()
                    : PERFORMANCE_FORM.PROJECT_ID.eq(projectId);
            Long id = tx.select(PERFORMANCE_FORM.ID).from(PERFORMANCE_FORM).where(ofProject)
                    .orderBy(PERFORMANCE_FORM.ID).limit(1).fetchOne(PERFORMANCE_FORM.ID);
            if (before != null && id == null) {
                throw new IllegalStateException("the form of " + describe(code) + " is not in the file");
            }
            if (before == null && id != null) {
                throw new IllegalStateException(describe(code) + " already has a form");
            }
            if (after == null) {
                tx.deleteFrom(PERFORMANCE_FORM).where(PERFORMANCE_FORM.ID.eq(id)).execute();
                return null;
            }
            if (id != null) {
                FormRows.update(tx, id, after);
                return withId(after, id);
            }
            return withId(after, FormRows.insert(tx, after, projectId, orderFor(tx, after.id())));
        });
    }

    /** Sets the department's indicator framework (传统 or 2021), which the forms' skeleton follows. */
    public void setFramework(IndicatorFramework framework) {
        setFramework(framework, List.of());
    }

    /**
     * Sets the framework and rewrites the given forms (converted to it; they keep their ids) in one
     * transaction, so the department and its forms never disagree.
     */
    public void setFramework(IndicatorFramework framework, List<PerformanceForm> convertedForms) {
        dsl.transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            if (tx.update(DEPARTMENT).set(DEPARTMENT.INDICATOR_FRAMEWORK, framework.name()).execute() != 1) {
                throw new IllegalStateException("the file holds no department");
            }
            for (PerformanceForm form : convertedForms) {
                FormRows.update(tx, form.id(), form);
            }
        });
    }

    /**
     * The print place of an inserted form: last for a new form; for a restored one (id kept) before
     * the first form with a higher id, moving the later ones down, so an undone deletion returns the
     * form to where it was (forms are written in order, so ids follow the print order).
     */
    private static int orderFor(DSLContext tx, long id) {
        Integer next = id <= 0 ? null : tx.select(DSL.min(PERFORMANCE_FORM.SORT_ORDER)).from(PERFORMANCE_FORM)
                .where(PERFORMANCE_FORM.ID.gt(id)).fetchOne(0, Integer.class);
        if (next == null) {
            Integer last = tx.select(DSL.max(PERFORMANCE_FORM.SORT_ORDER)).from(PERFORMANCE_FORM).fetchOne(0, Integer.class);
            return last == null ? 0 : last + 1;
        }
        tx.update(PERFORMANCE_FORM).set(PERFORMANCE_FORM.SORT_ORDER, PERFORMANCE_FORM.SORT_ORDER.plus(1))
                .where(PERFORMANCE_FORM.SORT_ORDER.ge(next)).execute();
        return next;
    }

    private static PerformanceForm withId(PerformanceForm f, long id) {
        return new PerformanceForm(id, f.projectCode(), f.title(), f.implementationFunds(), f.yearFunds(), f.texts(),
                f.indicators());
    }

    private static String describe(String projectCode) {
        return projectCode == null ? "the department" : "project " + projectCode;
    }

    private static long projectId(DSLContext tx, String code) {
        Long id = tx.select(PROJECT.ID).from(PROJECT).where(PROJECT.CODE.eq(code)).fetchOne(PROJECT.ID);
        if (id == null) {
            throw new IllegalArgumentException("unknown project " + code);
        }
        return id;
    }

    /** 部门编码, 名称, 预算年度, 绩效指标框架 and 行政区划代码 of the one department row. */
    public void updateDepartment(Department after) {
        inTransaction(tx -> {
            if (tx.update(DEPARTMENT).set(DEPARTMENT.CODE, after.code()).set(DEPARTMENT.NAME, after.name())
                    .set(DEPARTMENT.BUDGET_YEAR, after.budgetYear())
                    .set(DEPARTMENT.INDICATOR_FRAMEWORK, after.framework().name())
                    .set(DEPARTMENT.DIVISION_CODE, after.divisionCode().isEmpty() ? null : after.divisionCode())
                    .execute() != 1) {
                throw new IllegalStateException("the file holds no department");
            }
        });
    }

    /**
     * Changes a unit ({@code before} → {@code after}, by the old code), adds one at {@code position}
     * with {@code staffing} ({@code before} null) or deletes one with its staffing ({@code after} null;
     * refused while lines or projects use it).
     */
    public void replaceUnit(BudgetUnit before, BudgetUnit after, int position, List<Staffing> staffing) {
        inTransaction(tx -> {
            UnitRows rows = new UnitRows(tx);
            if (before == null) {
                rows.insert(after, position, staffing);
            } else if (after == null) {
                rows.delete(before.code());
            } else {
                rows.update(before.code(), after);
            }
        });
    }

    /** Every staffing row replaced by {@code staffing}, in that order. */
    public void replaceStaffing(List<Staffing> staffing) {
        inTransaction(tx -> new UnitRows(tx).replaceStaffing(staffing));
    }

    /** One 上年数; null removes it. */
    public void setPriorYear(PriorYearItem item, Yuan amount) {
        inTransaction(tx -> {
            tx.deleteFrom(PRIOR_YEAR_FIGURE).where(PRIOR_YEAR_FIGURE.ITEM.eq(item.name())).execute();
            if (amount != null) {
                tx.insertInto(PRIOR_YEAR_FIGURE, PRIOR_YEAR_FIGURE.ITEM, PRIOR_YEAR_FIGURE.AMOUNT)
                        .values(item.name(), amount(amount)).execute();
            }
        });
    }

    /** The whole 国有资产 list, in its order (a few lines: an edit rewrites them all, so undo restores the order too). */
    public void replaceStateAssets(List<StateAsset> assets) {
        inTransaction(tx -> {
            tx.deleteFrom(STATE_ASSET).execute();
            StateAssetRows.insert(tx, assets);
        });
    }

    /** One of the accountant's 情况说明 texts; null removes it. */
    public void setNarrative(NarrativeSection section, String text) {
        inTransaction(tx -> {
            tx.deleteFrom(NARRATIVE_TEXT).where(NARRATIVE_TEXT.SECTION.eq(section.name())).execute();
            if (text != null) {
                tx.insertInto(NARRATIVE_TEXT, NARRATIVE_TEXT.SECTION, NARRATIVE_TEXT.CONTENT)
                        .values(section.name(), text).execute();
            }
        });
    }

    /** The unit's 出错说明 of the finding named {@code findingKey}; null removes it. */
    public void setExplanation(String findingKey, String explanation) {
        inTransaction(tx -> {
            tx.deleteFrom(FINDING_EXPLANATION).where(FINDING_EXPLANATION.FINDING_KEY.eq(findingKey)).execute();
            if (explanation != null) {
                tx.insertInto(FINDING_EXPLANATION, FINDING_EXPLANATION.FINDING_KEY, FINDING_EXPLANATION.EXPLANATION)
                        .values(findingKey, explanation).execute();
            }
        });
    }

    /** Every 出错说明 kept in the file, by finding key. */
    public Map<String, String> explanations() {
        return dsl.selectFrom(FINDING_EXPLANATION)
                .fetchMap(FINDING_EXPLANATION.FINDING_KEY, FINDING_EXPLANATION.EXPLANATION);
    }

    private void inTransaction(Consumer<DSLContext> work) {
        dsl.transaction(configuration -> work.accept(DSL.using(configuration)));
    }

    private static long unitId(DSLContext tx, String unitCode) {
        Long id = tx.select(BUDGET_UNIT.ID).from(BUDGET_UNIT).where(BUDGET_UNIT.CODE.eq(unitCode)).fetchOne(BUDGET_UNIT.ID);
        if (id == null) {
            throw new IllegalArgumentException("unknown unit " + unitCode);
        }
        return id;
    }

    /** The file's wording replaced whole (one text edited, a template imported or switched), all or nothing. */
    public void replaceWording(org.yusuan.workbench.domain.publication.Wording wording) {
        dsl.transaction(configuration -> WordingStore.write(DSL.using(configuration), wording));
    }
}
