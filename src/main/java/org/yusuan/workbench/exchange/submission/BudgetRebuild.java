package org.yusuan.workbench.exchange.submission;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yusuan.workbench.domain.budget.BasicExpenditureLine;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.BudgetUnit;
import org.yusuan.workbench.domain.budget.Department;
import org.yusuan.workbench.domain.budget.ExpenseKind;
import org.yusuan.workbench.domain.budget.FundYear;
import org.yusuan.workbench.domain.budget.FundingSource;
import org.yusuan.workbench.domain.budget.LineQuantity;
import org.yusuan.workbench.domain.budget.Procurement;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.budget.ProjectAttribute;
import org.yusuan.workbench.domain.budget.ProjectCategory;
import org.yusuan.workbench.domain.budget.ProjectLine;
import org.yusuan.workbench.domain.budget.StaffCategory;
import org.yusuan.workbench.domain.budget.Staffing;
import org.yusuan.workbench.domain.budget.UnitType;
import org.yusuan.workbench.domain.classification.CatalogEntry;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;
import org.yusuan.workbench.domain.classification.Classification;
import org.yusuan.workbench.domain.classification.EconomicMapping;
import org.yusuan.workbench.domain.classification.UnitCategory;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.domain.narrative.NarrativeSection;
import org.yusuan.workbench.domain.narrative.PriorYearItem;
import org.yusuan.workbench.domain.narrative.StateAsset;
import org.yusuan.workbench.domain.narrative.StateAssetItem;
import org.yusuan.workbench.domain.performance.FormFunds;
import org.yusuan.workbench.domain.performance.FormTexts;
import org.yusuan.workbench.domain.performance.Indicator;
import org.yusuan.workbench.domain.performance.IndicatorFramework;
import org.yusuan.workbench.domain.performance.PerformanceForm;
import org.yusuan.workbench.exchange.ExchangeTexts;

/**
 * The budget and chart of accounts back from the CSV tables {@link BudgetResources} wrote. Records
 * get id 0, as from a workbook: the receiver's store gives them ids. A value that does not parse, or a
 * line that names a project the package does not hold, refuses the package.
 */
final class BudgetRebuild {

    /** What a package holds of the budget: the budget and the chart its tables were derived with. */
    record Rebuilt(Budget budget, ChartOfAccounts chart) {
    }

    private BudgetRebuild() {
    }

    static Rebuilt from(Map<String, byte[]> csvByName) throws PackageRefusal {
        TableRows dep = TableRows.read(Schemas.DEPARTMENT, csvByName.get(Schemas.DEPARTMENT));
        if (dep.size() != 1) {
            throw new PackageRefusal("package.badTable", "data/department.csv", 2, ExchangeTexts.say("package.row.oneRow"));
        }
        var d = dep.row(0);
        Department department = new Department(d.required("dep_code"), d.required("dep_name"),
                d.integer("budget_year"), d.requiredChoice("indicator_framework", IndicatorFramework.class));

        List<BudgetUnit> units = new ArrayList<>();
        for (var r : rows(csvByName, Schemas.UNITS)) {
            units.add(new BudgetUnit(r.required("agency_code"), r.required("agency_name"),
                    r.requiredChoice("agency_type", UnitType.class)));
        }
        List<Staffing> staffing = new ArrayList<>();
        for (var r : rows(csvByName, Schemas.STAFFING)) {
            staffing.add(new Staffing(r.required("agency_code"), r.requiredChoice("staff_type", StaffCategory.class),
                    r.integer("authorized_count"), r.integer("actual_count")));
        }
        List<BasicExpenditureLine> basic = new ArrayList<>();
        for (var r : rows(csvByName, Schemas.BASIC_LINES)) {
            basic.add(new BasicExpenditureLine(0, r.required("agency_code"), r.required("exp_func_code"),
                    r.required("dep_bgt_eco_code"), r.text("gov_bgt_eco_code"),
                    r.requiredChoice("fund_type_code", FundingSource.class), amount(r, "amount"),
                    r.choice("expense_kind", ExpenseKind.class), r.requiredChoice("fund_year", FundYear.class),
                    r.text("remark"), quantity(r), price(r)));
        }
        // Children name their parent; one that names none would be dropped silently, so it refuses the package.
        var projectRows = rows(csvByName, Schemas.PROJECTS);
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (var r : projectRows) {
            if (!codes.add(r.required("pro_code"))) {
                throw r.refusal("package.row.duplicateKey", r.required("pro_code"));
            }
        }
        Map<String, Procurement> procurement = new HashMap<>();
        for (var r : rows(csvByName, Schemas.PROCUREMENT)) {
            procurement.put(parent(r, codes), new Procurement(amount(r, "goods_amount"),
                    amount(r, "works_amount"), amount(r, "services_amount")));
        }
        Map<String, List<ProjectLine>> lines = new LinkedHashMap<>();
        for (var r : rows(csvByName, Schemas.PROJECT_LINES)) {
            lines.computeIfAbsent(parent(r, codes), k -> new ArrayList<>()).add(new ProjectLine(0,
                    r.required("exp_func_code"), r.text("dep_bgt_eco_code"),
                    r.requiredChoice("fund_type_code", FundingSource.class), amount(r, "amount"), r.text("remark"),
                    quantity(r), price(r)));
        }
        List<Project> projects = new ArrayList<>();
        for (var r : projectRows) {
            String code = r.required("pro_code");
            projects.add(new Project(0, code, r.required("agency_code"), r.required("pro_name"),
                    r.choice("pro_category", ProjectCategory.class), r.choice("pro_attribute", ProjectAttribute.class),
                    r.text("pro_period"), r.requiredChoice("fund_year", FundYear.class),
                    procurement.getOrDefault(code, Procurement.NONE), r.text("remark"),
                    lines.getOrDefault(code, List.of())));
        }
        List<PerformanceForm> forms = forms(csvByName);

        Map<PriorYearItem, Yuan> prior = new EnumMap<>(PriorYearItem.class);
        for (var r : rows(csvByName, Schemas.PRIOR_YEAR)) {
            prior.put(r.requiredChoice("item", PriorYearItem.class), amount(r, "amount"));
        }
        List<StateAsset> assets = new ArrayList<>();
        for (var r : rows(csvByName, Schemas.STATE_ASSETS)) {
            assets.add(stateAsset(r));
        }
        Map<NarrativeSection, String> narrative = new EnumMap<>(NarrativeSection.class);
        for (var r : rows(csvByName, Schemas.NARRATIVE)) {
            narrative.put(r.requiredChoice("section", NarrativeSection.class), r.required("text"));
        }
        Budget budget = new Budget(department, units, staffing, basic, projects, forms, prior, assets, narrative);
        return new Rebuilt(budget, chart(csvByName));
    }

    private static List<PerformanceForm> forms(Map<String, byte[]> csvByName) throws PackageRefusal {
        var formRows = rows(csvByName, Schemas.FORMS);
        java.util.Set<Integer> numbers = new java.util.HashSet<>();
        for (var r : formRows) {
            if (!numbers.add(r.integer("form_no"))) {
                throw r.refusal("package.row.duplicateKey", r.required("form_no"));
            }
        }
        Map<Integer, List<Indicator>> indicators = new HashMap<>();
        for (var r : rows(csvByName, Schemas.INDICATORS)) {
            if (!numbers.contains(r.integer("form_no"))) {
                throw r.refusal("package.row.unknownParent", r.required("form_no"));
            }
            indicators.computeIfAbsent(r.integer("form_no"), k -> new ArrayList<>()).add(new Indicator(
                    r.required("level1"), r.required("level2"), r.required("level3"),
                    r.text("value_implementation"), r.text("value_year")));
        }
        List<PerformanceForm> forms = new ArrayList<>();
        for (var r : formRows) {
            int no = r.integer("form_no");
            forms.add(new PerformanceForm(0, r.text("pro_code"), r.text("title"), funds(r, "impl"), funds(r, "year"),
                    new FormTexts(r.text("overview"), r.text("basis"), r.text("necessity"), r.text("safeguards"),
                            r.text("plan"), r.text("goal_implementation"), r.text("goal_year"),
                            r.text("person_in_charge"), r.text("handler"), r.text("phone"), r.text("filled_on")),
                    indicators.getOrDefault(no, List.of())));
        }
        return forms;
    }

    private static FormFunds funds(TableRows.Row r, String period) throws PackageRefusal {
        return new FormFunds(r.money(period + "_total"), r.money(period + "_central"), r.money(period + "_provincial"),
                r.money(period + "_local"), r.money(period + "_self_raised"), r.money(period + "_other"));
    }

    private static ChartOfAccounts chart(Map<String, byte[]> csvByName) throws PackageRefusal {
        List<CatalogEntry> entries = new ArrayList<>();
        for (var r : rows(csvByName, Schemas.CATALOG)) {
            entries.add(new CatalogEntry(r.requiredChoice("classification", Classification.class),
                    r.required("code"), r.required("name"), r.integer("year"), r.required("provenance")));
        }
        List<EconomicMapping> mappings = new ArrayList<>();
        for (var r : rows(csvByName, Schemas.MAPPING)) {
            mappings.add(new EconomicMapping(r.requiredChoice("unit_category", UnitCategory.class),
                    r.required("dep_bgt_eco_code"), r.required("gov_bgt_eco_code"), r.integer("year"),
                    r.text("provenance")));
        }
        return new ChartOfAccounts(entries, mappings);
    }

    /** The row's {@code pro_code}, which must be a project of the package. */
    private static String parent(TableRows.Row r, java.util.Set<String> projectCodes) throws PackageRefusal {
        String code = r.required("pro_code");
        if (!projectCodes.contains(code)) {
            throw r.refusal("package.row.unknownParent", code);
        }
        return code;
    }

    /**
     * A 国有资产 line: a known item by its constant name, or the unit's own by {@code item_name}. In a
     * package without the {@code area} column (an earlier version) the quantity of 房屋 items is their area.
     */
    private static StateAsset stateAsset(TableRows.Row r) throws PackageRefusal {
        StateAssetItem known = r.choice("item", StateAssetItem.class);
        String name = known != null ? known.label() : r.text("item_name");
        if (name == null) {
            throw r.refusal("package.row.empty", "item_name");
        }
        java.math.BigDecimal count = nonNegative(r, "quantity");
        java.math.BigDecimal area = nonNegative(r, "area");
        if (!r.has("area") && known != null && known.measure() == StateAssetItem.Measure.AREA) {
            area = count;
            count = null;
        }
        Yuan value = r.money("value");
        if (value != null && value.isNegative()) {
            throw r.refusal("package.row.notMoney", "value");
        }
        StateAsset asset = StateAsset.ofParts(name, count, r.text("count_unit"), area, value);
        if (asset == null) {
            throw r.refusal("package.row.empty", "value");
        }
        return asset;
    }

    private static java.math.BigDecimal nonNegative(TableRows.Row r, String column) throws PackageRefusal {
        java.math.BigDecimal value = r.decimal(column);
        if (value != null && (value.signum() < 0 || value.stripTrailingZeros().scale() > 2
                || value.compareTo(LineQuantity.MAX) > 0)) {
            throw r.refusal("package.row.notQuantity", column);
        }
        return value == null ? null : value.setScale(2);
    }

    /** 数量 of a line (blank, or absent in an older package: none). */
    private static java.math.BigDecimal quantity(TableRows.Row r) throws PackageRefusal {
        return nonNegative(r, "quantity");
    }

    /** 单价 of a line; with 数量, the amount must be their product to the 分. */
    private static Yuan price(TableRows.Row r) throws PackageRefusal {
        Yuan price = r.money("unit_price");
        if (price != null && price.isNegative()) {
            throw r.refusal("package.row.notMoney", "unit_price");
        }
        if (!LineQuantity.agrees(r.money("amount"), quantity(r), price)) {
            throw r.refusal("package.row.quantityTimesPrice");
        }
        return price;
    }

    private static Yuan amount(TableRows.Row r, String column) throws PackageRefusal {
        r.required(column);
        return r.money(column);
    }

    private static List<TableRows.Row> rows(Map<String, byte[]> csvByName, String name) throws PackageRefusal {
        return TableRows.read(name, csvByName.get(name)).all();
    }
}
