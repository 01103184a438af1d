package org.yusuan.workbench.store;

import static org.yusuan.workbench.store.Columns.amount;
import static org.yusuan.workbench.store.Columns.name;
import static org.yusuan.workbench.store.jooq.Tables.BASIC_LINE;
import static org.yusuan.workbench.store.jooq.Tables.BUDGET_UNIT;
import static org.yusuan.workbench.store.jooq.Tables.PROJECT;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.yusuan.workbench.domain.budget.BasicExpenditureLine;
import org.yusuan.workbench.domain.budget.Project;
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

    private static long unitId(DSLContext tx, String unitCode) {
        Long id = tx.select(BUDGET_UNIT.ID).from(BUDGET_UNIT).where(BUDGET_UNIT.CODE.eq(unitCode)).fetchOne(BUDGET_UNIT.ID);
        if (id == null) {
            throw new IllegalArgumentException("unknown unit " + unitCode);
        }
        return id;
    }
}
