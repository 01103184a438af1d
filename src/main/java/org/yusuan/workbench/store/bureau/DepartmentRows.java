package org.yusuan.workbench.store.bureau;

import static org.yusuan.workbench.store.bureau.jooq.Tables.DEPT_BASIC_LINE;
import static org.yusuan.workbench.store.bureau.jooq.Tables.DEPT_PROJECT;
import static org.yusuan.workbench.store.bureau.jooq.Tables.DEPT_PROJECT_LINE;
import static org.yusuan.workbench.store.bureau.jooq.Tables.DEPT_UNIT;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.TableRecord;
import org.yusuan.workbench.domain.budget.BasicExpenditureLine;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.BudgetUnit;
import org.yusuan.workbench.domain.budget.ExpenseKind;
import org.yusuan.workbench.domain.budget.FundYear;
import org.yusuan.workbench.domain.budget.FundingSource;
import org.yusuan.workbench.domain.budget.Procurement;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.budget.ProjectAttribute;
import org.yusuan.workbench.domain.budget.ProjectCategory;
import org.yusuan.workbench.domain.budget.ProjectLine;
import org.yusuan.workbench.domain.budget.UnitType;
import org.yusuan.workbench.domain.money.Yuan;

/**
 * A department's units, basic lines and projects with their lines, as rows of one received file: what
 * the disclosure tables are derived from. Staffing, forms and texts stay in the kept file itself; the
 * tables do not read them. Choices are stored as the constant names the package uses.
 */
final class DepartmentRows {

    /** What consolidation reads of one department. */
    record Parts(List<BudgetUnit> units, List<BasicExpenditureLine> basicLines, List<Project> projects) {
    }

    private DepartmentRows() {
    }

    static void insert(DSLContext dsl, long fileId, Budget budget) {
        List<TableRecord<?>> rows = new ArrayList<>();
        int seq = 0;
        for (BudgetUnit u : budget.units()) {
            var r = dsl.newRecord(DEPT_UNIT);
            r.setFileId(fileId);
            r.setSeq(++seq);
            r.setAgencyCode(u.code());
            r.setAgencyName(u.name());
            r.setAgencyType(u.type().name());
            rows.add(r);
        }
        seq = 0;
        for (BasicExpenditureLine l : budget.basicLines()) {
            var r = dsl.newRecord(DEPT_BASIC_LINE);
            r.setFileId(fileId);
            r.setSeq(++seq);
            r.setAgencyCode(l.unitCode());
            r.setExpFuncCode(l.functionCode());
            r.setDepBgtEcoCode(l.departmentalEconomicCode());
            r.setGovBgtEcoCode(l.governmentEconomicOverride());
            r.setFundTypeCode(l.source().name());
            r.setAmount(l.amount().toBigDecimal());
            r.setExpenseKind(l.expenseKindOverride() == null ? null : l.expenseKindOverride().name());
            r.setFundYear(l.fundYear().name());
            r.setRemark(l.note());
            rows.add(r);
        }
        seq = 0;
        for (Project p : budget.projects()) {
            int projectSeq = ++seq;
            var r = dsl.newRecord(DEPT_PROJECT);
            r.setFileId(fileId);
            r.setSeq(projectSeq);
            r.setProCode(p.code());
            r.setAgencyCode(p.unitCode());
            r.setProName(p.name());
            r.setProCategory(p.category() == null ? null : p.category().name());
            r.setProAttribute(p.attribute() == null ? null : p.attribute().name());
            r.setProPeriod(p.period());
            r.setFundYear(p.fundYear().name());
            r.setGoodsAmount(p.procurement().goods().toBigDecimal());
            r.setWorksAmount(p.procurement().works().toBigDecimal());
            r.setServicesAmount(p.procurement().services().toBigDecimal());
            r.setRemark(p.note());
            rows.add(r);
            int lineSeq = 0;
            for (ProjectLine l : p.lines()) {
                var lr = dsl.newRecord(DEPT_PROJECT_LINE);
                lr.setFileId(fileId);
                lr.setProjectSeq(projectSeq);
                lr.setSeq(++lineSeq);
                lr.setExpFuncCode(l.functionCode());
                lr.setDepBgtEcoCode(l.departmentalEconomicCode());
                lr.setFundTypeCode(l.source().name());
                lr.setAmount(l.amount().toBigDecimal());
                lr.setRemark(l.note());
                rows.add(lr);
            }
        }
        dsl.batchInsert(rows).execute();
    }

    static void delete(DSLContext dsl, long fileId) {
        dsl.deleteFrom(DEPT_PROJECT_LINE).where(DEPT_PROJECT_LINE.FILE_ID.eq(fileId)).execute();
        dsl.deleteFrom(DEPT_PROJECT).where(DEPT_PROJECT.FILE_ID.eq(fileId)).execute();
        dsl.deleteFrom(DEPT_BASIC_LINE).where(DEPT_BASIC_LINE.FILE_ID.eq(fileId)).execute();
        dsl.deleteFrom(DEPT_UNIT).where(DEPT_UNIT.FILE_ID.eq(fileId)).execute();
    }

    /** The parts of each file, rows in the department's own order; one query per table for all files. */
    static Map<Long, Parts> load(DSLContext dsl, Collection<Long> fileIds) {
        Map<Long, List<BudgetUnit>> units = new HashMap<>();
        dsl.selectFrom(DEPT_UNIT).where(DEPT_UNIT.FILE_ID.in(fileIds)).orderBy(DEPT_UNIT.FILE_ID, DEPT_UNIT.SEQ)
                .forEach(r -> units.computeIfAbsent(r.getFileId(), k -> new ArrayList<>()).add(
                        new BudgetUnit(r.getAgencyCode(), r.getAgencyName(), UnitType.valueOf(r.getAgencyType()))));
        Map<Long, List<BasicExpenditureLine>> basic = new HashMap<>();
        dsl.selectFrom(DEPT_BASIC_LINE).where(DEPT_BASIC_LINE.FILE_ID.in(fileIds))
                .orderBy(DEPT_BASIC_LINE.FILE_ID, DEPT_BASIC_LINE.SEQ)
                .forEach(r -> basic.computeIfAbsent(r.getFileId(), k -> new ArrayList<>()).add(
                        new BasicExpenditureLine(r.getSeq(), r.getAgencyCode(), r.getExpFuncCode(),
                                r.getDepBgtEcoCode(), r.getGovBgtEcoCode(), FundingSource.valueOf(r.getFundTypeCode()),
                                Yuan.of(r.getAmount()),
                                r.getExpenseKind() == null ? null : ExpenseKind.valueOf(r.getExpenseKind()),
                                FundYear.valueOf(r.getFundYear()), r.getRemark())));
        Map<Long, Map<Integer, List<ProjectLine>>> lines = new HashMap<>();
        dsl.selectFrom(DEPT_PROJECT_LINE).where(DEPT_PROJECT_LINE.FILE_ID.in(fileIds))
                .orderBy(DEPT_PROJECT_LINE.FILE_ID, DEPT_PROJECT_LINE.PROJECT_SEQ, DEPT_PROJECT_LINE.SEQ)
                .forEach(r -> lines.computeIfAbsent(r.getFileId(), k -> new HashMap<>())
                        .computeIfAbsent(r.getProjectSeq(), k -> new ArrayList<>())
                        .add(new ProjectLine(r.getSeq(), r.getExpFuncCode(), r.getDepBgtEcoCode(),
                                FundingSource.valueOf(r.getFundTypeCode()), Yuan.of(r.getAmount()), r.getRemark())));
        Map<Long, List<Project>> projects = new HashMap<>();
        dsl.selectFrom(DEPT_PROJECT).where(DEPT_PROJECT.FILE_ID.in(fileIds))
                .orderBy(DEPT_PROJECT.FILE_ID, DEPT_PROJECT.SEQ)
                .forEach(r -> projects.computeIfAbsent(r.getFileId(), k -> new ArrayList<>()).add(
                        new Project(r.getSeq(), r.getProCode(), r.getAgencyCode(), r.getProName(),
                                r.getProCategory() == null ? null : ProjectCategory.valueOf(r.getProCategory()),
                                r.getProAttribute() == null ? null : ProjectAttribute.valueOf(r.getProAttribute()),
                                r.getProPeriod(), FundYear.valueOf(r.getFundYear()),
                                new Procurement(Yuan.of(r.getGoodsAmount()), Yuan.of(r.getWorksAmount()),
                                        Yuan.of(r.getServicesAmount())),
                                r.getRemark(), lines.getOrDefault(r.getFileId(), Map.of())
                                        .getOrDefault(r.getSeq(), List.of()))));
        Map<Long, Parts> parts = new HashMap<>();
        for (Long id : fileIds) {
            parts.put(id, new Parts(units.getOrDefault(id, List.of()), basic.getOrDefault(id, List.of()),
                    projects.getOrDefault(id, List.of())));
        }
        return parts;
    }
}
