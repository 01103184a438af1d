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
        var units = new BatchInsert(DEPT_UNIT, DEPT_UNIT.FILE_ID, DEPT_UNIT.SEQ, DEPT_UNIT.AGENCY_CODE,
                DEPT_UNIT.AGENCY_NAME, DEPT_UNIT.AGENCY_TYPE);
        int seq = 0;
        for (BudgetUnit u : budget.units()) {
            units.row(fileId, ++seq, u.code(), u.name(), u.type().name());
        }
        var basic = new BatchInsert(DEPT_BASIC_LINE, DEPT_BASIC_LINE.FILE_ID, DEPT_BASIC_LINE.SEQ,
                DEPT_BASIC_LINE.AGENCY_CODE, DEPT_BASIC_LINE.EXP_FUNC_CODE, DEPT_BASIC_LINE.DEP_BGT_ECO_CODE,
                DEPT_BASIC_LINE.GOV_BGT_ECO_CODE, DEPT_BASIC_LINE.FUND_TYPE_CODE, DEPT_BASIC_LINE.AMOUNT,
                DEPT_BASIC_LINE.EXPENSE_KIND, DEPT_BASIC_LINE.FUND_YEAR, DEPT_BASIC_LINE.REMARK);
        seq = 0;
        for (BasicExpenditureLine l : budget.basicLines()) {
            basic.row(fileId, ++seq, l.unitCode(), l.functionCode(), l.departmentalEconomicCode(),
                    l.governmentEconomicOverride(), l.source().name(), l.amount().toBigDecimal(),
                    l.expenseKindOverride() == null ? null : l.expenseKindOverride().name(), l.fundYear().name(),
                    l.note());
        }
        var projects = new BatchInsert(DEPT_PROJECT, DEPT_PROJECT.FILE_ID, DEPT_PROJECT.SEQ, DEPT_PROJECT.PRO_CODE,
                DEPT_PROJECT.AGENCY_CODE, DEPT_PROJECT.PRO_NAME, DEPT_PROJECT.PRO_CATEGORY, DEPT_PROJECT.PRO_ATTRIBUTE,
                DEPT_PROJECT.PRO_PERIOD, DEPT_PROJECT.FUND_YEAR, DEPT_PROJECT.GOODS_AMOUNT, DEPT_PROJECT.WORKS_AMOUNT,
                DEPT_PROJECT.SERVICES_AMOUNT, DEPT_PROJECT.REMARK);
        var lines = new BatchInsert(DEPT_PROJECT_LINE, DEPT_PROJECT_LINE.FILE_ID, DEPT_PROJECT_LINE.PROJECT_SEQ,
                DEPT_PROJECT_LINE.SEQ, DEPT_PROJECT_LINE.EXP_FUNC_CODE, DEPT_PROJECT_LINE.DEP_BGT_ECO_CODE,
                DEPT_PROJECT_LINE.FUND_TYPE_CODE, DEPT_PROJECT_LINE.AMOUNT, DEPT_PROJECT_LINE.REMARK);
        seq = 0;
        for (Project p : budget.projects()) {
            int projectSeq = ++seq;
            projects.row(fileId, projectSeq, p.code(), p.unitCode(), p.name(),
                    p.category() == null ? null : p.category().name(),
                    p.attribute() == null ? null : p.attribute().name(), p.period(), p.fundYear().name(),
                    p.procurement().goods().toBigDecimal(), p.procurement().works().toBigDecimal(),
                    p.procurement().services().toBigDecimal(), p.note());
            int lineSeq = 0;
            for (ProjectLine l : p.lines()) {
                lines.row(fileId, projectSeq, ++lineSeq, l.functionCode(), l.departmentalEconomicCode(),
                        l.source().name(), l.amount().toBigDecimal(), l.note());
            }
        }
        units.execute(dsl);
        basic.execute(dsl);
        projects.execute(dsl);
        lines.execute(dsl);
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
