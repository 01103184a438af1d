package org.yusuan.workbench.store;

import static org.yusuan.workbench.store.Columns.constant;
import static org.yusuan.workbench.store.Columns.yuan;
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

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.yusuan.workbench.domain.budget.BasicExpenditureLine;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.BudgetUnit;
import org.yusuan.workbench.domain.budget.Department;
import org.yusuan.workbench.domain.budget.ExpenseKind;
import org.yusuan.workbench.domain.budget.FundYear;
import org.yusuan.workbench.domain.budget.FundingSource;
import org.yusuan.workbench.domain.budget.Procurement;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.budget.ProjectAttribute;
import org.yusuan.workbench.domain.budget.ProjectCategory;
import org.yusuan.workbench.domain.budget.ProjectLine;
import org.yusuan.workbench.domain.budget.StaffCategory;
import org.yusuan.workbench.domain.budget.Staffing;
import org.yusuan.workbench.domain.budget.UnitType;
import org.yusuan.workbench.domain.narrative.NarrativeSection;
import org.yusuan.workbench.domain.narrative.PriorYearItem;
import org.yusuan.workbench.domain.narrative.StateAsset;
import org.yusuan.workbench.domain.performance.FormFunds;
import org.yusuan.workbench.domain.performance.FormTexts;
import org.yusuan.workbench.domain.performance.Indicator;
import org.yusuan.workbench.domain.performance.IndicatorFramework;
import org.yusuan.workbench.domain.performance.PerformanceForm;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.store.jooq.tables.records.PerformanceFormRecord;

/** Reads a whole budget inside the caller's transaction. */
final class BudgetReader {

    private final DSLContext tx;

    BudgetReader(DSLContext tx) {
        this.tx = tx;
    }

    Optional<Budget> read() {
        var dept = tx.selectFrom(DEPARTMENT).fetchOptional();
        if (dept.isEmpty()) {
            return Optional.empty();
        }
        var d = dept.get();
        Department department = new Department(d.getCode(), d.getName(), d.getBudgetYear(),
                IndicatorFramework.valueOf(d.getIndicatorFramework()), d.getDivisionCode());
        Map<Long, String> unitCodes = tx.select(BUDGET_UNIT.ID, BUDGET_UNIT.CODE).from(BUDGET_UNIT)
                .fetchMap(BUDGET_UNIT.ID, BUDGET_UNIT.CODE);
        List<BudgetUnit> units = tx.selectFrom(BUDGET_UNIT).orderBy(BUDGET_UNIT.SORT_ORDER)
                .fetch(r -> new BudgetUnit(r.getCode(), r.getName(), UnitType.valueOf(r.getUnitType())));
        List<Staffing> staffing = tx.selectFrom(STAFFING).orderBy(STAFFING.SORT_ORDER, STAFFING.UNIT_ID, STAFFING.CATEGORY)
                .fetch(r -> new Staffing(unitCodes.get(r.getUnitId()), StaffCategory.valueOf(r.getCategory()),
                        r.getAuthorized(), r.getActual()));
        List<BasicExpenditureLine> basic = tx.selectFrom(BASIC_LINE).orderBy(BASIC_LINE.ID)
                .fetch(r -> new BasicExpenditureLine(r.getId(), unitCodes.get(r.getUnitId()), r.getFunctionCode(),
                        r.getDeptEconomicCode(), r.getGovEconomicCode(),
                        FundingSource.valueOf(r.getFundingSource()), yuan(r.getAmount()),
                        constant(ExpenseKind.class, r.getExpenseKind()), FundYear.valueOf(r.getFundYear()),
                        r.getNote(), r.getQuantity(), yuan(r.getUnitPrice())));
        Map<Long, String> projectCodes = tx.select(PROJECT.ID, PROJECT.CODE).from(PROJECT)
                .fetchMap(PROJECT.ID, PROJECT.CODE);
        List<Project> projects = projects(DSL.noCondition(), unitCodes);
        Map<Long, List<Indicator>> indicators = tx.selectFrom(PERFORMANCE_INDICATOR)
                .orderBy(PERFORMANCE_INDICATOR.FORM_ID, PERFORMANCE_INDICATOR.SORT_ORDER, PERFORMANCE_INDICATOR.ID)
                .fetchGroups(PERFORMANCE_INDICATOR.FORM_ID, r -> new Indicator(r.getLevel1(), r.getLevel2(),
                        r.getName(), r.getValueImplementation(), r.getValueYear()));
        List<PerformanceForm> forms = tx.selectFrom(PERFORMANCE_FORM)
                .orderBy(PERFORMANCE_FORM.SORT_ORDER, PERFORMANCE_FORM.ID)
                .fetch(r -> form(r, projectCodes, indicators.getOrDefault(r.getId(), List.of())));
        Map<PriorYearItem, Yuan> prior = new EnumMap<>(PriorYearItem.class);
        tx.selectFrom(PRIOR_YEAR_FIGURE).forEach(r -> prior.put(PriorYearItem.valueOf(r.getItem()), yuan(r.getAmount())));
        List<StateAsset> assets = StateAssetRows.read(tx);
        Map<NarrativeSection, String> narrative = new EnumMap<>(NarrativeSection.class);
        tx.selectFrom(NARRATIVE_TEXT).forEach(r -> narrative.put(NarrativeSection.valueOf(r.getSection()), r.getContent()));
        return Optional.of(new Budget(department, units, staffing, basic, projects, forms, prior, assets, narrative));
    }

    /** The project with that code, as stored. */
    Optional<Project> project(String code) {
        Map<Long, String> unitCodes = tx.select(BUDGET_UNIT.ID, BUDGET_UNIT.CODE).from(BUDGET_UNIT)
                .fetchMap(BUDGET_UNIT.ID, BUDGET_UNIT.CODE);
        return projects(PROJECT.CODE.eq(code), unitCodes).stream().findFirst();
    }

    private List<Project> projects(Condition which, Map<Long, String> unitCodes) {
        Map<Long, List<ProjectLine>> linesByProject = tx.selectFrom(PROJECT_LINE)
                .where(PROJECT_LINE.PROJECT_ID.in(DSL.select(PROJECT.ID).from(PROJECT).where(which)))
                .orderBy(PROJECT_LINE.PROJECT_ID, PROJECT_LINE.ID)
                .fetchGroups(PROJECT_LINE.PROJECT_ID, r -> new ProjectLine(r.getId(), r.getFunctionCode(),
                        r.getDeptEconomicCode(), FundingSource.valueOf(r.getFundingSource()), yuan(r.getAmount()),
                        r.getNote(), r.getQuantity(), yuan(r.getUnitPrice())));
        return tx.selectFrom(PROJECT).where(which).orderBy(PROJECT.ID)
                .fetch(r -> new Project(r.getId(), r.getCode(), unitCodes.get(r.getUnitId()), r.getName(),
                        constant(ProjectCategory.class, r.getCategory()),
                        constant(ProjectAttribute.class, r.getAttribute()), r.getPeriod(),
                        FundYear.valueOf(r.getFundYear()),
                        new Procurement(yuan(r.getProcurementGoods()), yuan(r.getProcurementWorks()),
                                yuan(r.getProcurementServices())),
                        r.getNote(), linesByProject.getOrDefault(r.getId(), List.of())));
    }

    private static PerformanceForm form(PerformanceFormRecord r, Map<Long, String> projectCodes,
                                        List<Indicator> indicators) {
        FormFunds impl = new FormFunds(yuan(r.getImplTotal()), yuan(r.getImplCentral()), yuan(r.getImplProvincial()),
                yuan(r.getImplLocal()), yuan(r.getImplSelfRaised()), yuan(r.getImplOther()));
        FormFunds year = new FormFunds(yuan(r.getYearTotal()), yuan(r.getYearCentral()), yuan(r.getYearProvincial()),
                yuan(r.getYearLocal()), yuan(r.getYearSelfRaised()), yuan(r.getYearOther()));
        FormTexts texts = new FormTexts(r.getOverview(), r.getBasis(), r.getNecessity(), r.getSafeguards(),
                r.getPlan(), r.getGoalImplementation(), r.getGoalYear(), r.getPersonInCharge(), r.getHandler(),
                r.getPhone(), r.getFilledOn());
        String projectCode = r.getProjectId() == null ? null : projectCodes.get(r.getProjectId());
        return new PerformanceForm(r.getId(), projectCode, r.getTitle(), impl, year, texts, indicators);
    }
}
