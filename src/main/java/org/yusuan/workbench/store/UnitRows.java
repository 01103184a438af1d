package org.yusuan.workbench.store;

import static org.yusuan.workbench.store.StoreTexts.TEXTS;
import static org.yusuan.workbench.store.jooq.Tables.BASIC_LINE;
import static org.yusuan.workbench.store.jooq.Tables.BUDGET_UNIT;
import static org.yusuan.workbench.store.jooq.Tables.PROJECT;
import static org.yusuan.workbench.store.jooq.Tables.STAFFING;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.yusuan.workbench.domain.budget.BudgetUnit;
import org.yusuan.workbench.domain.budget.Staffing;

/**
 * Rows of {@code budget_unit} and {@code staffing} inside the caller's transaction. Lines and projects
 * point at a unit by its id, so a renamed or recoded unit keeps them; the list order (tables 11-13)
 * is {@code sort_order}, renumbered after an insert or a deletion.
 */
final class UnitRows {

    private final DSLContext tx;

    UnitRows(DSLContext tx) {
        this.tx = tx;
    }

    void update(String oldCode, BudgetUnit after) {
        int changed = tx.update(BUDGET_UNIT).set(BUDGET_UNIT.CODE, after.code()).set(BUDGET_UNIT.NAME, after.name())
                .set(BUDGET_UNIT.UNIT_TYPE, after.type().name()).where(BUDGET_UNIT.CODE.eq(oldCode)).execute();
        if (changed != 1) {
            throw new IllegalStateException("unit " + oldCode + " is not in the file");
        }
    }

    /** Inserts {@code unit} at {@code position} (clamped to the list) with its staffing rows appended. */
    void insert(BudgetUnit unit, int position, List<Staffing> staffing) {
        List<String> order = new ArrayList<>(codesInOrder());
        long id = tx.insertInto(BUDGET_UNIT, BUDGET_UNIT.CODE, BUDGET_UNIT.NAME, BUDGET_UNIT.UNIT_TYPE,
                        BUDGET_UNIT.SORT_ORDER)
                .values(unit.code(), unit.name(), unit.type().name(), order.size())
                .returningResult(BUDGET_UNIT.ID).fetchOne().value1();
        order.add(Math.max(0, Math.min(position, order.size())), unit.code());
        renumber(order);
        Integer last = tx.select(DSL.max(STAFFING.SORT_ORDER)).from(STAFFING).fetchOne().value1();
        int next = last == null ? 0 : last + 1;
        for (Staffing s : staffing) {
            tx.insertInto(STAFFING, STAFFING.UNIT_ID, STAFFING.CATEGORY, STAFFING.AUTHORIZED, STAFFING.ACTUAL,
                    STAFFING.SORT_ORDER).values(id, s.category().name(), s.authorized(), s.actual(), next++).execute();
        }
    }

    /** Deletes a unit with its staffing; a unit that lines or projects still use is refused. */
    void delete(String code) {
        long id = id(code);
        int lines = tx.fetchCount(BASIC_LINE, BASIC_LINE.UNIT_ID.eq(id));
        int projects = tx.fetchCount(PROJECT, PROJECT.UNIT_ID.eq(id));
        if (lines > 0 || projects > 0) {
            throw new IllegalStateException(TEXTS.get("unit.inUse", code, Integer.toString(lines), Integer.toString(projects)));
        }
        tx.deleteFrom(STAFFING).where(STAFFING.UNIT_ID.eq(id)).execute();
        tx.deleteFrom(BUDGET_UNIT).where(BUDGET_UNIT.ID.eq(id)).execute();
        renumber(codesInOrder());
    }

    /** Replaces every staffing row, keeping the given order. */
    void replaceStaffing(List<Staffing> staffing) {
        tx.deleteFrom(STAFFING).execute();
        int order = 0;
        for (Staffing s : staffing) {
            tx.insertInto(STAFFING, STAFFING.UNIT_ID, STAFFING.CATEGORY, STAFFING.AUTHORIZED, STAFFING.ACTUAL,
                    STAFFING.SORT_ORDER).values(id(s.unitCode()), s.category().name(), s.authorized(), s.actual(),
                    order++).execute();
        }
    }

    long id(String code) {
        Long id = tx.select(BUDGET_UNIT.ID).from(BUDGET_UNIT).where(BUDGET_UNIT.CODE.eq(code)).fetchOne(BUDGET_UNIT.ID);
        if (id == null) {
            throw new IllegalArgumentException("unknown unit " + code);
        }
        return id;
    }

    private List<String> codesInOrder() {
        return tx.select(BUDGET_UNIT.CODE).from(BUDGET_UNIT).orderBy(BUDGET_UNIT.SORT_ORDER, BUDGET_UNIT.ID)
                .fetch(BUDGET_UNIT.CODE);
    }

    private void renumber(List<String> codes) {
        for (int i = 0; i < codes.size(); i++) {
            tx.update(BUDGET_UNIT).set(BUDGET_UNIT.SORT_ORDER, i).where(BUDGET_UNIT.CODE.eq(codes.get(i))).execute();
        }
    }
}
