package org.yusuan.workbench.store;

import static org.yusuan.workbench.store.Columns.amount;
import static org.yusuan.workbench.store.jooq.Tables.PERFORMANCE_FORM;
import static org.yusuan.workbench.store.jooq.Tables.PERFORMANCE_INDICATOR;

import org.jooq.DSLContext;
import org.yusuan.workbench.domain.performance.FormFunds;
import org.yusuan.workbench.domain.performance.FormTexts;
import org.yusuan.workbench.domain.performance.Indicator;
import org.yusuan.workbench.domain.performance.PerformanceForm;
import org.yusuan.workbench.store.jooq.tables.records.PerformanceFormRecord;

/**
 * Writes one performance form and its indicators, for a whole-budget write and for a single edit
 * alike, so the two cannot store a form differently. A form that already has an id keeps it, so an
 * undone deletion comes back as the same record.
 */
final class FormRows {

    private FormRows() {
    }

    /** @return the form's id */
    static long insert(DSLContext tx, PerformanceForm form, Long projectId, int order) {
        PerformanceFormRecord r = tx.newRecord(PERFORMANCE_FORM);
        if (form.id() > 0) {
            r.setId(form.id());
        }
        r.setProjectId(projectId);
        r.setSortOrder(order);
        fill(r, form);
        r.store();
        insertIndicators(tx, r.getId(), form);
        return r.getId();
    }

    /** Rewrites the form's fields in place (its id, project and place stay) and replaces its indicators. */
    static void update(DSLContext tx, long id, PerformanceForm form) {
        PerformanceFormRecord r = tx.fetchSingle(PERFORMANCE_FORM, PERFORMANCE_FORM.ID.eq(id));
        fill(r, form);
        r.store();
        tx.deleteFrom(PERFORMANCE_INDICATOR).where(PERFORMANCE_INDICATOR.FORM_ID.eq(id)).execute();
        insertIndicators(tx, id, form);
    }

    private static void fill(PerformanceFormRecord r, PerformanceForm form) {
        r.setTitle(form.title());
        FormFunds impl = form.implementationFunds();
        r.setImplTotal(amount(impl.total()));
        r.setImplCentral(amount(impl.central()));
        r.setImplProvincial(amount(impl.provincial()));
        r.setImplLocal(amount(impl.local()));
        r.setImplSelfRaised(amount(impl.selfRaised()));
        r.setImplOther(amount(impl.other()));
        FormFunds year = form.yearFunds();
        r.setYearTotal(amount(year.total()));
        r.setYearCentral(amount(year.central()));
        r.setYearProvincial(amount(year.provincial()));
        r.setYearLocal(amount(year.local()));
        r.setYearSelfRaised(amount(year.selfRaised()));
        r.setYearOther(amount(year.other()));
        FormTexts t = form.texts();
        r.setOverview(t.overview());
        r.setBasis(t.basis());
        r.setNecessity(t.necessity());
        r.setSafeguards(t.safeguards());
        r.setPlan(t.plan());
        r.setGoalImplementation(t.goalImplementation());
        r.setGoalYear(t.goalYear());
        r.setPersonInCharge(t.personInCharge());
        r.setHandler(t.handler());
        r.setPhone(t.phone());
        r.setFilledOn(t.filledOn());
    }

    private static void insertIndicators(DSLContext tx, long formId, PerformanceForm form) {
        int order = 0;
        for (Indicator i : form.indicators()) {
            tx.insertInto(PERFORMANCE_INDICATOR, PERFORMANCE_INDICATOR.FORM_ID, PERFORMANCE_INDICATOR.LEVEL1,
                            PERFORMANCE_INDICATOR.LEVEL2, PERFORMANCE_INDICATOR.NAME,
                            PERFORMANCE_INDICATOR.VALUE_IMPLEMENTATION, PERFORMANCE_INDICATOR.VALUE_YEAR,
                            PERFORMANCE_INDICATOR.SORT_ORDER)
                    .values(formId, i.level1(), i.level2(), i.name(), i.valueImplementation(), i.valueYear(), order++)
                    .execute();
        }
    }
}
