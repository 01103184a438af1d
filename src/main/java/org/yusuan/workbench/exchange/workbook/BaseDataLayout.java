package org.yusuan.workbench.exchange.workbook;
import static org.yusuan.workbench.exchange.workbook.ColumnSpec.Kind.AMOUNT;
import static org.yusuan.workbench.exchange.workbook.ColumnSpec.Kind.CODE;
import static org.yusuan.workbench.exchange.workbook.ColumnSpec.Kind.DECIMAL;
import static org.yusuan.workbench.exchange.workbook.ColumnSpec.Kind.INTEGER;
import static org.yusuan.workbench.exchange.workbook.ColumnSpec.Kind.TEXT;
import static org.yusuan.workbench.exchange.workbook.ColumnSpec.choice;
import static org.yusuan.workbench.exchange.workbook.ColumnSpec.optional;
import static org.yusuan.workbench.exchange.workbook.ColumnSpec.required;

import java.util.ArrayList;
import java.util.List;
import org.yusuan.workbench.domain.Labelled;
import org.yusuan.workbench.domain.budget.ExpenseKind;
import org.yusuan.workbench.domain.budget.FieldLengths;
import org.yusuan.workbench.domain.budget.FundYear;
import org.yusuan.workbench.domain.budget.FundingSource;
import org.yusuan.workbench.domain.budget.ProjectAttribute;
import org.yusuan.workbench.domain.budget.ProjectCategory;
import org.yusuan.workbench.domain.budget.StaffCategory;
import org.yusuan.workbench.domain.budget.UnitType;
import org.yusuan.workbench.domain.narrative.NarrativeSection;
import org.yusuan.workbench.domain.narrative.PriorYearItem;
import org.yusuan.workbench.domain.narrative.StateAsset;
import org.yusuan.workbench.domain.narrative.StateAssetItem;
import org.yusuan.workbench.domain.performance.IndicatorFramework;

/**
 * The base-data workbook format (docs/data-formats.md §1): the single definition the importer
 * and the template writer both use, so they cannot drift apart.
 */
public final class BaseDataLayout {

    // Headers other layers name (a new budget's first rows, the year that picks the built-in catalog).
    public static final String DEPT_CODE = "部门编码";
    public static final String DEPT_NAME = "部门名称";
    public static final String BUDGET_YEAR = "预算年度";
    public static final String UNIT_NAME = "单位名称";
    public static final String UNIT_TYPE = "单位类型";

    // Column headers shared by several sheets.
    public static final String UNIT_CODE = "单位编码";
    static final String PROJECT_CODE = "项目编码";
    static final String FUNCTION_CODE = "功能科目编码";
    static final String DEPT_ECON_CODE = "部门经济科目编码";
    static final String GOV_ECON_CODE = "政府经济科目编码";
    static final String SOURCE = "资金来源";
    static final String AMOUNT_YUAN = "金额（元）";
    static final String FUND_YEAR = "资金年度";
    static final String NOTE = "备注";

    // Headers of one sheet each, named once here for the readers.
    static final String FRAMEWORK = "绩效指标框架";
    static final String STAFF_CATEGORY = "人员类别";
    static final String AUTHORIZED = "编制数";
    static final String ACTUAL = "实有人数";
    static final String EXPENSE_KIND = "经费类型";
    static final String PROJECT_NAME = "项目名称";
    static final String PROJECT_CATEGORY = "项目类别";
    static final String PROJECT_ATTRIBUTE = "项目属性";
    static final String PROJECT_PERIOD = "项目期";
    static final String PROCUREMENT_GOODS = "政府采购货物（元）";
    static final String PROCUREMENT_WORKS = "政府采购工程（元）";
    static final String PROCUREMENT_SERVICES = "政府采购服务（元）";
    static final String FORM_TITLE = "表名";
    static final String FORM_OVERVIEW = "项目概况";
    static final String FORM_BASIS = "立项依据";
    static final String FORM_NECESSITY = "项目设立必要性";
    static final String FORM_SAFEGUARDS = "保证项目实施的制度措施";
    static final String FORM_PLAN = "项目实施计划";
    static final String FORM_GOAL_PERIOD = "实施期总体目标";
    static final String FORM_GOAL_YEAR = "年度总体目标";
    static final String FORM_PERSON_IN_CHARGE = "负责人";
    static final String FORM_HANDLER = "经办人";
    static final String FORM_PHONE = "联系电话";
    static final String FORM_DATE = "填报日期";
    static final String LEVEL_1 = "一级指标";
    static final String LEVEL_2 = "二级指标";
    static final String LEVEL_3 = "三级指标";
    static final String VALUE_PERIOD = "实施期指标值";
    static final String VALUE_YEAR = "年度指标值";
    static final String PRIOR_ITEM = "项目";
    static final String ASSET_ITEM = "资产项目";
    static final String ASSET_QUANTITY = "数量";
    static final String ASSET_UNIT = "计量单位";
    static final String ASSET_AREA = "面积（平方米）";
    static final String ASSET_VALUE = "价值（元）";
    static final String LINE_QUANTITY = "数量";
    static final String LINE_UNIT_PRICE = "单价（元）";
    static final String NARRATIVE_SECTION = "栏目";
    static final String NARRATIVE_CONTENT = "内容";

    public static final SheetSpec DEPARTMENT = new SheetSpec("部门", "部门基本信息（只填一行）", List.of(
            required(DEPT_CODE, CODE, "如 012"),
            required(DEPT_NAME, TEXT, "如 长治市公安局上党分局").max(FieldLengths.NAME),
            required(BUDGET_YEAR, INTEGER, "如 2023"),
            choice(FRAMEWORK, false, IndicatorFramework.class, "留空为传统")));

    public static final SheetSpec UNITS = new SheetSpec("单位", "部门本级及所属单位，按公开表中的顺序", List.of(
            required(UNIT_CODE, CODE, "如 012001"),
            required(UNIT_NAME, TEXT, "").max(FieldLengths.NAME),
            choice(UNIT_TYPE, true, UnitType.class, "")));

    public static final SheetSpec STAFFING = new SheetSpec("人员编制", "各单位的编制数和实有人数", List.of(
            required(UNIT_CODE, CODE, ""),
            choice(STAFF_CATEGORY, true, StaffCategory.class, ""),
            optional(AUTHORIZED, INTEGER, "整数"),
            optional(ACTUAL, INTEGER, "在职实有人数，整数")));

    public static final SheetSpec BASIC_LINES = new SheetSpec("基本支出", "基本支出明细，每行一个科目组合", List.of(
            required(UNIT_CODE, CODE, ""),
            required(FUNCTION_CODE, CODE, "7位功能分类项级科目，如 2040201"),
            required(DEPT_ECON_CODE, CODE, "5位部门经济分类款级科目，如 30101"),
            optional(GOV_ECON_CODE, CODE, "留空则按单位类型自动对照"),
            choice(SOURCE, true, FundingSource.class, ""),
            required(AMOUNT_YUAN, AMOUNT, "单位：元，最多两位小数"),
            choice(EXPENSE_KIND, false, ExpenseKind.class, "留空按经济科目（301、303为人员经费）"),
            choice(FUND_YEAR, false, FundYear.class, "留空为本年"),
            optional(NOTE, TEXT, "").max(FieldLengths.NOTE),
            optional(LINE_QUANTITY, DECIMAL, "可不填；与单价都填时金额须等于数量×单价（到分）"),
            optional(LINE_UNIT_PRICE, AMOUNT, "可不填")));

    public static final SheetSpec PROJECTS = new SheetSpec("项目", "项目支出，每行一个项目", List.of(
            required(PROJECT_CODE, CODE, "本预算内唯一").max(FieldLengths.SHORT),
            required(UNIT_CODE, CODE, ""),
            required(PROJECT_NAME, TEXT, ""),
            choice(PROJECT_CATEGORY, false, ProjectCategory.class, ""),
            choice(PROJECT_ATTRIBUTE, false, ProjectAttribute.class, ""),
            optional(PROJECT_PERIOD, TEXT, "如 1年").max(FieldLengths.SHORT),
            choice(FUND_YEAR, false, FundYear.class, "留空为本年"),
            optional(PROCUREMENT_GOODS, AMOUNT, ""),
            optional(PROCUREMENT_WORKS, AMOUNT, ""),
            optional(PROCUREMENT_SERVICES, AMOUNT, ""),
            optional(NOTE, TEXT, "").max(FieldLengths.NOTE)));

    public static final SheetSpec PROJECT_LINES = new SheetSpec("项目明细", "项目的资金明细", List.of(
            required(PROJECT_CODE, CODE, "").max(FieldLengths.SHORT),
            required(FUNCTION_CODE, CODE, "7位功能分类项级科目"),
            optional(DEPT_ECON_CODE, CODE, "5位部门经济分类款级科目；尚未细化可留空"),
            choice(SOURCE, true, FundingSource.class, ""),
            required(AMOUNT_YUAN, AMOUNT, "单位：元，最多两位小数"),
            optional(NOTE, TEXT, "").max(FieldLengths.NOTE),
            optional(LINE_QUANTITY, DECIMAL, "可不填；与单价都填时金额须等于数量×单价（到分）"),
            optional(LINE_UNIT_PRICE, AMOUNT, "可不填")));

    static final String[] FUND_PARTS = {"资金总额", "中央财政资金", "省级财政资金", "市县财政资金", "单位自筹", "其他资金"};

    public static final SheetSpec FORMS = new SheetSpec("绩效目标", "项目支出绩效目标申报表，每个项目一行；项目编码留空为部门整体绩效目标",
            formColumns());

    public static final SheetSpec INDICATORS = new SheetSpec("绩效指标", "绩效指标，每行一个三级指标，按打印顺序", List.of(
            optional(PROJECT_CODE, CODE, "留空为部门整体绩效目标").max(FieldLengths.SHORT),
            required(LEVEL_1, TEXT, "产出指标、效益指标、满意度指标（2021框架另有成本指标）").max(FieldLengths.SHORT),
            required(LEVEL_2, TEXT, "如 数量指标").max(FieldLengths.SHORT),
            required(LEVEL_3, TEXT, ""),
            optional(VALUE_PERIOD, TEXT, "如 ≥95%、183人、提高"),
            optional(VALUE_YEAR, TEXT, "")));

    public static final SheetSpec PRIOR_YEAR = new SheetSpec("上年数", "上年预算数，用于情况说明中的增减比较", List.of(
            choice(PRIOR_ITEM, true, PriorYearItem.class, ""),
            required(AMOUNT_YUAN, AMOUNT, "单位：元")));

    public static final SheetSpec STATE_ASSETS = new SheetSpec("国有资产", "国有资产占有使用情况", List.of(
            required(ASSET_ITEM, TEXT, "已知项目：" + Labelled.choices(StateAssetItem.class)
                    + "；或自定的项目，如 一般公务用车、单价50万元以上设备").max(StateAsset.MAX_ITEM),
            optional(ASSET_QUANTITY, DECIMAL, "个数，如车辆128（辆）、设备3（台（套））"),
            optional(ASSET_UNIT, TEXT, "数量的单位，如 辆、台（套）；车辆可留空").max(StateAsset.MAX_UNIT),
            optional(ASSET_AREA, DECIMAL, "房屋、办公用房等的面积"),
            optional(ASSET_VALUE, AMOUNT, "价值；资产类别填账面净值。数量、面积、价值至少填一项，没有的留空")));

    public static final SheetSpec NARRATIVE = new SheetSpec("情况说明", "情况说明中由单位填写的文字", List.of(
            choice(NARRATIVE_SECTION, true, NarrativeSection.class, ""),
            required(NARRATIVE_CONTENT, TEXT, "可换行").max(0)));

    /** All sheets in template order. */
    public static final List<SheetSpec> SHEETS = List.of(DEPARTMENT, UNITS, STAFFING, BASIC_LINES, PROJECTS,
            PROJECT_LINES, FORMS, INDICATORS, PRIOR_YEAR, STATE_ASSETS, NARRATIVE);

    private BaseDataLayout() {
    }

    static String fundColumn(String period, String part) {
        return period + part + "（元）";
    }

    private static List<ColumnSpec> formColumns() {
        List<ColumnSpec> columns = new ArrayList<>();
        columns.add(optional(PROJECT_CODE, CODE, "留空为部门整体绩效目标").max(FieldLengths.SHORT));
        columns.add(optional(FORM_TITLE, TEXT, "打印的表名").max(FieldLengths.NAME));
        for (String period : List.of("实施期", "年度")) {
            for (String part : FUND_PARTS) {
                columns.add(optional(fundColumn(period, part), AMOUNT, "单位：元"));
            }
        }
        for (String text : List.of(FORM_OVERVIEW, FORM_BASIS, FORM_NECESSITY, FORM_SAFEGUARDS, FORM_PLAN,
                FORM_GOAL_PERIOD, FORM_GOAL_YEAR)) {
            columns.add(optional(text, TEXT, "").max(0));
        }
        columns.add(optional(FORM_PERSON_IN_CHARGE, TEXT, "").max(FieldLengths.PERSON));
        columns.add(optional(FORM_HANDLER, TEXT, "").max(FieldLengths.PERSON));
        columns.add(optional(FORM_PHONE, TEXT, "").max(FieldLengths.SHORT));
        columns.add(optional(FORM_DATE, TEXT, "").max(FieldLengths.SHORT));
        return columns;
    }
}
