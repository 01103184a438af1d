package org.yusuan.workbench.store;

import static org.yusuan.workbench.store.Columns.amount;
import static org.yusuan.workbench.store.Columns.name;
import static org.yusuan.workbench.store.jooq.Tables.PROJECT;
import static org.yusuan.workbench.store.jooq.Tables.PROJECT_LINE;

import org.jooq.DSLContext;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.budget.ProjectLine;
import org.yusuan.workbench.store.jooq.tables.records.ProjectLineRecord;
import org.yusuan.workbench.store.jooq.tables.records.ProjectRecord;

/**
 * Writes one project and its lines. A record that already has an id keeps it, so an undone
 * deletion comes back with its old id — and therefore in its old place, as lists follow ids.
 */
final class ProjectRows {

    private ProjectRows() {
    }

    /** @return the project's id */
    static long insert(DSLContext tx, Project p, long unitId) {
        ProjectRecord r = tx.newRecord(PROJECT);
        if (p.id() > 0) {
            r.setId(p.id());
        }
        fill(r, p, unitId);
        r.store();
        insertLines(tx, r.getId(), p);
        return r.getId();
    }

    /** Rewrites the project row {@code id} (its form stays attached) and replaces its lines. */
    static void update(DSLContext tx, long id, Project p, long unitId) {
        ProjectRecord r = tx.fetchOne(PROJECT, PROJECT.ID.eq(id));
        fill(r, p, unitId);
        r.store();
        tx.deleteFrom(PROJECT_LINE).where(PROJECT_LINE.PROJECT_ID.eq(id)).execute();
        insertLines(tx, id, p);
    }

    private static void fill(ProjectRecord r, Project p, long unitId) {
        r.setCode(p.code());
        r.setUnitId(unitId);
        r.setName(p.name());
        r.setCategory(name(p.category()));
        r.setAttribute(name(p.attribute()));
        r.setPeriod(p.period());
        r.setFundYear(name(p.fundYear()));
        r.setProcurementGoods(amount(p.procurement().goods()));
        r.setProcurementWorks(amount(p.procurement().works()));
        r.setProcurementServices(amount(p.procurement().services()));
        r.setNote(p.note());
    }

    private static void insertLines(DSLContext tx, long projectId, Project p) {
        for (ProjectLine l : p.lines()) {
            ProjectLineRecord line = tx.newRecord(PROJECT_LINE);
            if (l.id() > 0) {
                line.setId(l.id());
            }
            line.setProjectId(projectId);
            line.setFunctionCode(l.functionCode());
            line.setDeptEconomicCode(l.departmentalEconomicCode());
            line.setFundingSource(name(l.source()));
            line.setAmount(amount(l.amount()));
            line.setNote(l.note());
            line.setQuantity(l.quantity());
            line.setUnitPrice(amount(l.unitPrice()));
            line.store();
        }
    }
}
