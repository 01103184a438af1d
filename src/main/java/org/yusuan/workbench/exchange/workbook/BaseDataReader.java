package org.yusuan.workbench.exchange.workbook;

import static org.yusuan.workbench.exchange.workbook.BaseDataLayout.AMOUNT_YUAN;
import static org.yusuan.workbench.exchange.workbook.BaseDataLayout.DEPT_ECON_CODE;
import static org.yusuan.workbench.exchange.workbook.BaseDataLayout.FUNCTION_CODE;
import static org.yusuan.workbench.exchange.workbook.BaseDataLayout.FUND_YEAR;
import static org.yusuan.workbench.exchange.workbook.BaseDataLayout.GOV_ECON_CODE;
import static org.yusuan.workbench.exchange.workbook.BaseDataLayout.NOTE;
import static org.yusuan.workbench.exchange.workbook.BaseDataLayout.PROJECT_CODE;
import static org.yusuan.workbench.exchange.workbook.BaseDataLayout.SOURCE;
import static org.yusuan.workbench.exchange.workbook.BaseDataLayout.UNIT_CODE;

import static org.yusuan.workbench.exchange.ExchangeTexts.say;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
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
import org.yusuan.workbench.domain.classification.ChartOfAccounts;
import org.yusuan.workbench.domain.classification.Classification;
import org.yusuan.workbench.domain.input.ImportProblem;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.domain.performance.IndicatorFramework;
import org.yusuan.workbench.exchange.sheet.Sheet;
import org.yusuan.workbench.exchange.sheet.SheetRow;
import org.yusuan.workbench.exchange.sheet.WorkbookSource;

/**
 * Reads a base-data workbook into a {@link Budget}, checking every cell of every sheet against the
 * format and the budget's chart of accounts. Any problem means no budget: the caller stores
 * nothing.
 */
public final class BaseDataReader {

    private final ChartOfAccounts chart;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, BudgetUnit> units = new LinkedHashMap<>();
    private final Map<String, ProjectBuilder> projects = new LinkedHashMap<>();
    /** Codes of rows that were present but refused: other sheets' rows citing them are not re-reported. */
    private final Set<String> refusedUnits = new HashSet<>();
    private final Set<String> refusedProjects = new HashSet<>();

    private BaseDataReader(ChartOfAccounts chart) {
        this.chart = chart;
    }

    /** Basic lines read from rows outside a workbook (a paste), or the problems that refuse them. */
    public record LinesResult(List<BasicExpenditureLine> lines, List<ImportProblem> problems) {

        public LinesResult {
            lines = List.copyOf(lines);
            problems = List.copyOf(problems);
        }

        public boolean isOk() {
            return problems.isEmpty();
        }
    }

    /**
     * Checks rows laid out like the 基本支出 sheet (e.g. pasted from Excel) against the budget's
     * units and chart of accounts, with exactly the rules of an import.
     */
    public static LinesResult readBasicLines(Sheet rows, ChartOfAccounts chart, List<BudgetUnit> units) {
        BaseDataReader reader = new BaseDataReader(chart);
        units.forEach(u -> reader.units.put(u.code(), u));
        List<BasicExpenditureLine> lines = reader.readBasicLines(Optional.of(rows));
        return reader.problems.isEmpty() ? new LinesResult(lines, List.of()) : new LinesResult(List.of(), reader.problems);
    }

    /** Reads and checks the whole workbook. */
    public static ImportResult read(WorkbookSource source, ChartOfAccounts chart) {
        return new BaseDataReader(chart).readAll(source);
    }

    private ImportResult readAll(WorkbookSource source) {
        if (!source.faults().isEmpty()) {
            return ImportResult.failed(source.faults().stream().map(ImportProblem::ofFile).toList());
        }
        Department department = readDepartment(sheet(source, BaseDataLayout.DEPARTMENT));
        Optional<Sheet> unitSheet = sheet(source, BaseDataLayout.UNITS);
        if (unitSheet.isEmpty()) {
            // Without units no other row can be placed; report the structure first.
            return ImportResult.failed(problems);
        }
        eachRow(unitSheet, BaseDataLayout.UNITS, this::readUnit);
        List<Staffing> staffing = readStaffing(sheet(source, BaseDataLayout.STAFFING));
        List<BasicExpenditureLine> basic = readBasicLines(sheet(source, BaseDataLayout.BASIC_LINES));
        eachRow(sheet(source, BaseDataLayout.PROJECTS), BaseDataLayout.PROJECTS, this::readProject);
        eachRow(sheet(source, BaseDataLayout.PROJECT_LINES), BaseDataLayout.PROJECT_LINES, this::readProjectLine);
        var forms = new FormSheetReader(problems, projects.keySet(), refusedProjects).read(
                sheet(source, BaseDataLayout.FORMS), sheet(source, BaseDataLayout.INDICATORS));
        var narrative = new NarrativeSheetReader(problems);
        var prior = narrative.readPriorYear(sheet(source, BaseDataLayout.PRIOR_YEAR));
        var assets = narrative.readStateAssets(sheet(source, BaseDataLayout.STATE_ASSETS));
        var texts = narrative.readTexts(sheet(source, BaseDataLayout.NARRATIVE));
        if (!problems.isEmpty() || department == null) {
            if (problems.isEmpty()) {
                problems.add(new ImportProblem(BaseDataLayout.DEPARTMENT.name(), 0, null, say("problem.noDepartment")));
            }
            return ImportResult.failed(problems);
        }
        List<Project> builtProjects = projects.values().stream().map(ProjectBuilder::build).toList();
        return ImportResult.ok(new Budget(department, List.copyOf(units.values()), staffing, basic, builtProjects,
                forms, prior, assets, texts));
    }

    /**
     * The sheet, after checking its header row; empty (after recording why) when absent or
     * unreadable. Every sheet of the layout is required: the template writes them all, and a sheet
     * left out or renamed would otherwise import as a sheet without rows.
     */
    private Optional<Sheet> sheet(WorkbookSource source, SheetSpec spec) {
        Optional<Sheet> sheet = source.sheet(spec.name());
        if (sheet.isEmpty()) {
            problems.add(new ImportProblem(spec.name(), 0, null, say("problem.sheetMissing")));
            return sheet;
        }
        if (!sheet.get().faults().isEmpty()) {
            problems.addAll(sheet.get().problems());
            return Optional.empty();
        }
        if (sheet.get().headers().stream().allMatch(String::isEmpty)) {
            // A sheet whose columns are all optional would otherwise pass as a sheet without rows.
            problems.add(new ImportProblem(spec.name(), 1, null, say("problem.noHeader")));
            return Optional.empty();
        }
        boolean headersOk = true;
        for (ColumnSpec column : spec.columns()) {
            if (column.required() && !sheet.get().hasColumn(column.header())) {
                problems.add(new ImportProblem(spec.name(), 1, column.header(), say("problem.columnMissing")));
                headersOk = false;
            }
        }
        for (String header : sheet.get().headers()) {
            if (!header.isEmpty() && !spec.headers().contains(header)) {
                problems.add(new ImportProblem(spec.name(), 1, header, say("problem.unknownColumn")));
                headersOk = false;
            }
        }
        return headersOk ? sheet : Optional.empty();
    }

    private void eachRow(Optional<Sheet> sheet, SheetSpec spec, Consumer<RowReader> reader) {
        RowReader.forEachRow(sheet, spec, problems, reader);
    }

    private Department readDepartment(Optional<Sheet> sheet) {
        if (sheet.isEmpty()) {
            return null;
        }
        List<SheetRow> rows = sheet.get().rows();
        if (rows.size() != 1) {
            problems.add(new ImportProblem(BaseDataLayout.DEPARTMENT.name(), 0, null,
                    say("problem.departmentRows", rows.size())));
            return null;
        }
        RowReader r = new RowReader(BaseDataLayout.DEPARTMENT, rows.get(0), problems);
        String code = r.text(BaseDataLayout.DEPT_CODE, true);
        String name = r.text(BaseDataLayout.DEPT_NAME, true);
        Integer year = r.integer(BaseDataLayout.BUDGET_YEAR, true);
        if (year != null && (year < 2000 || year > 2100)) {
            r.problem(BaseDataLayout.BUDGET_YEAR, say("problem.badYear", year));
        }
        IndicatorFramework framework = r.choice(BaseDataLayout.FRAMEWORK, IndicatorFramework.class, false, "绩效指标框架");
        if (!r.isValid()) {
            return null;
        }
        return new Department(code, name, year, framework == null ? IndicatorFramework.TRADITIONAL : framework);
    }

    private void readUnit(RowReader r) {
        String code = r.text(UNIT_CODE, true);
        String name = r.text(BaseDataLayout.UNIT_NAME, true);
        UnitType type = r.choice(BaseDataLayout.UNIT_TYPE, UnitType.class, true, "单位类型");
        if (code != null && units.containsKey(code)) {
            r.problem(UNIT_CODE, say("problem.unitCodeTwice", code));
        }
        if (name != null && units.values().stream().anyMatch(u -> u.name().equals(name))) {
            r.problem(BaseDataLayout.UNIT_NAME, say("problem.unitNameTwice", name));
        }
        if (r.isValid()) {
            units.put(code, new BudgetUnit(code, name, type));
        } else if (code != null && !units.containsKey(code)) {
            refusedUnits.add(code);
        }
    }

    private BudgetUnit unit(RowReader r) {
        String code = r.text(UNIT_CODE, true);
        if (code == null) {
            return null;
        }
        BudgetUnit unit = units.get(code);
        if (unit == null && refusedUnits.contains(code)) {
            r.markInvalid();
        } else if (unit == null) {
            r.problem(UNIT_CODE, say("problem.unknownUnit", code, BaseDataLayout.UNITS.name()));
        }
        return unit;
    }

    private List<Staffing> readStaffing(Optional<Sheet> sheet) {
        List<Staffing> staffing = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        eachRow(sheet, BaseDataLayout.STAFFING, r -> {
            BudgetUnit unit = unit(r);
            StaffCategory category = r.choice(BaseDataLayout.STAFF_CATEGORY, StaffCategory.class, true, "人员类别");
            Integer authorized = r.integer(BaseDataLayout.AUTHORIZED, false);
            Integer actual = r.integer(BaseDataLayout.ACTUAL, false);
            if (unit != null && category != null && !seen.add(unit.code() + "/" + category)) {
                r.problem(BaseDataLayout.STAFF_CATEGORY, say("problem.staffTwice", category.label()));
            }
            if (r.isValid()) {
                staffing.add(new Staffing(unit.code(), category, Objects.requireNonNullElse(authorized, 0),
                        Objects.requireNonNullElse(actual, 0)));
            }
        });
        return staffing;
    }

    private List<BasicExpenditureLine> readBasicLines(Optional<Sheet> sheet) {
        List<BasicExpenditureLine> lines = new ArrayList<>();
        eachRow(sheet, BaseDataLayout.BASIC_LINES, r -> {
            BudgetUnit unit = unit(r);
            String function = r.code(FUNCTION_CODE, Classification.FUNCTIONAL, chart, true);
            String dept = r.code(DEPT_ECON_CODE, Classification.DEPARTMENTAL_ECONOMIC, chart, true);
            String gov = r.code(GOV_ECON_CODE, Classification.GOVERNMENT_ECONOMIC, chart, false);
            FundingSource source = r.choice(SOURCE, FundingSource.class, true, "资金来源");
            Yuan amount = r.amount(AMOUNT_YUAN, true, true);
            var quantities = r.quantities(BaseDataLayout.LINE_QUANTITY, BaseDataLayout.LINE_UNIT_PRICE, AMOUNT_YUAN, amount);
            ExpenseKind kind = r.choice(BaseDataLayout.EXPENSE_KIND, ExpenseKind.class, false, "经费类型");
            FundYear year = r.choice(FUND_YEAR, FundYear.class, false, "资金年度");
            String note = r.text(NOTE, false);
            String override = unit == null || dept == null ? gov : governmentOverride(r, unit, dept, gov);
            if (r.isValid()) {
                ExpenseKind kindOverride = kind == ExpenseKind.defaultFor(dept) ? null : kind;
                lines.add(new BasicExpenditureLine(0, unit.code(), function, dept, override, source, amount,
                        kindOverride, year == null ? FundYear.CURRENT : year, note, quantities.quantity(),
                        quantities.unitPrice()));
            }
        });
        return lines;
    }

    /** The government 款 to store as an override: null when the mapping already gives it. */
    private String governmentOverride(RowReader r, BudgetUnit unit, String dept, String gov) {
        var mapped = chart.governmentCodeFor(unit.type().mappingCategory(), dept);
        if (gov == null && mapped.isEmpty()) {
            r.problem(GOV_ECON_CODE, say("problem.noMapping", dept,
                    unit.type().mappingCategory().label(), GOV_ECON_CODE));
            return null;
        }
        return gov == null || mapped.filter(gov::equals).isPresent() ? null : gov;
    }

    private void readProject(RowReader r) {
        String code = r.text(PROJECT_CODE, true);
        BudgetUnit unit = unit(r);
        String name = r.text(BaseDataLayout.PROJECT_NAME, true);
        ProjectCategory category = r.choice(BaseDataLayout.PROJECT_CATEGORY, ProjectCategory.class, false, "项目类别");
        ProjectAttribute attribute = r.choice(BaseDataLayout.PROJECT_ATTRIBUTE, ProjectAttribute.class, false, "项目属性");
        String period = r.text(BaseDataLayout.PROJECT_PERIOD, false);
        FundYear year = r.choice(FUND_YEAR, FundYear.class, false, "资金年度");
        Yuan goods = r.amount(BaseDataLayout.PROCUREMENT_GOODS, false, false);
        Yuan works = r.amount(BaseDataLayout.PROCUREMENT_WORKS, false, false);
        Yuan services = r.amount(BaseDataLayout.PROCUREMENT_SERVICES, false, false);
        String note = r.text(NOTE, false);
        if (code != null && projects.containsKey(code)) {
            r.problem(PROJECT_CODE, say("problem.projectCodeTwice", code));
        }
        if (!r.isValid() && code != null && !projects.containsKey(code)) {
            refusedProjects.add(code);
        }
        if (r.isValid()) {
            Procurement procurement = new Procurement(orZero(goods), orZero(works), orZero(services));
            projects.put(code, new ProjectBuilder(code, unit.code(), name, category, attribute, period,
                    year == null ? FundYear.CURRENT : year, procurement, note));
        }
    }

    private void readProjectLine(RowReader r) {
        String code = r.text(PROJECT_CODE, true);
        ProjectBuilder project = code == null ? null : projects.get(code);
        if (code != null && project == null && refusedProjects.contains(code)) {
            r.markInvalid();
        } else if (code != null && project == null) {
            r.problem(PROJECT_CODE, say("problem.unknownProject", code, BaseDataLayout.PROJECTS.name()));
        }
        String function = r.code(FUNCTION_CODE, Classification.FUNCTIONAL, chart, true);
        String dept = r.code(DEPT_ECON_CODE, Classification.DEPARTMENTAL_ECONOMIC, chart, false);
        FundingSource source = r.choice(SOURCE, FundingSource.class, true, "资金来源");
        Yuan amount = r.amount(AMOUNT_YUAN, true, true);
        var quantities = r.quantities(BaseDataLayout.LINE_QUANTITY, BaseDataLayout.LINE_UNIT_PRICE, AMOUNT_YUAN, amount);
        String note = r.text(NOTE, false);
        if (r.isValid()) {
            project.lines.add(new ProjectLine(0, function, dept, source, amount, note, quantities.quantity(),
                    quantities.unitPrice()));
        }
    }

    private static Yuan orZero(Yuan yuan) {
        return yuan == null ? Yuan.ZERO : yuan;
    }

    /** A project whose detail lines arrive from another sheet. */
    private record ProjectBuilder(String code, String unitCode, String name, ProjectCategory category,
                                  ProjectAttribute attribute, String period, FundYear year, Procurement procurement,
                                  String note, List<ProjectLine> lines) {

        ProjectBuilder(String code, String unitCode, String name, ProjectCategory category,
                       ProjectAttribute attribute, String period, FundYear year, Procurement procurement, String note) {
            this(code, unitCode, name, category, attribute, period, year, procurement, note, new ArrayList<>());
        }

        Project build() {
            return new Project(0, code, unitCode, name, category, attribute, period, year, procurement, note, lines);
        }
    }
}
