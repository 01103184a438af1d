package org.yusuan.workbench.exchange.submission;

import static org.yusuan.workbench.exchange.submission.Resource.Field.integer;
import static org.yusuan.workbench.exchange.submission.Resource.Field.money;
import static org.yusuan.workbench.exchange.submission.Resource.Field.text;

import java.util.List;
import org.yusuan.workbench.exchange.submission.Resource.Field;

/**
 * The Table Schema of every CSV of a package (docs/data-formats.md, "报送数据包"), defined once for the
 * writer and the reader. Column names follow the 一体化 field vocabulary where it has one
 * ({@code agency_code}, {@code pro_code}, {@code exp_func_code}, {@code dep_bgt_eco_code},
 * {@code gov_bgt_eco_code}, {@code fund_type_code}); choices are written as the program's stable
 * constant names (e.g. {@code GENERAL_PUBLIC_BUDGET}), never as labels that a translation could change.
 * Row order is meaningful: it is the accountant's order, which is the print order.
 */
final class Schemas {

    static final String DEPARTMENT = "department";
    static final String UNITS = "units";
    static final String STAFFING = "staffing";
    static final String BASIC_LINES = "basic_lines";
    static final String PROJECTS = "projects";
    static final String PROCUREMENT = "procurement";
    static final String PROJECT_LINES = "project_lines";
    static final String FORMS = "performance_forms";
    static final String INDICATORS = "performance_indicators";
    static final String PRIOR_YEAR = "prior_year";
    static final String STATE_ASSETS = "state_assets";
    static final String NARRATIVE = "narrative_texts";
    static final String CATALOG = "catalog";
    static final String MAPPING = "economic_mapping";
    static final String DERIVED = "derived_tables";
    static final String FINDINGS = "audit_findings";

    static List<Field> fields(String resource) {
        return switch (resource) {
            case DEPARTMENT -> List.of(text("dep_code", "部门编码"), text("dep_name", "部门名称"),
                    integer("budget_year", "预算年度"), text("indicator_framework", "绩效指标框架 TRADITIONAL / GUIDANCE_2021"));
            case UNITS -> List.of(text("agency_code", "单位编码"), text("agency_name", "单位名称"),
                    text("agency_type", "单位类型 ADMINISTRATIVE / CIVIL_SERVICE_MANAGED / INSTITUTION"));
            case STAFFING -> List.of(text("agency_code", "单位编码"), text("staff_type", "人员类别"),
                    integer("authorized_count", "编制数"), integer("actual_count", "实有人数"));
            case BASIC_LINES -> List.of(text("agency_code", "单位编码"), text("exp_func_code", "功能科目（项）"),
                    text("dep_bgt_eco_code", "部门经济科目（款）"),
                    text("gov_bgt_eco_code", "政府经济科目（款），空 = 按对应关系"),
                    text("fund_type_code", "资金来源"), money("amount", "金额"),
                    text("expense_kind", "经费类型 PERSONNEL / PUBLIC，空 = 按经济科目"),
                    text("fund_year", "资金年度 CURRENT / CARRIED_OVER"), text("remark", "备注"),
                    QUANTITY, UNIT_PRICE);
            case PROJECTS -> List.of(text("pro_code", "项目编码"), text("agency_code", "单位编码"),
                    text("pro_name", "项目名称"), text("pro_category", "项目类别"), text("pro_attribute", "项目属性"),
                    text("pro_period", "项目期"), text("fund_year", "资金年度"), text("remark", "备注"));
            case PROCUREMENT -> List.of(text("pro_code", "项目编码"), money("goods_amount", "政府采购货物"),
                    money("works_amount", "政府采购工程"), money("services_amount", "政府采购服务"));
            case PROJECT_LINES -> List.of(text("pro_code", "项目编码"), text("exp_func_code", "功能科目（项）"),
                    text("dep_bgt_eco_code", "部门经济科目（款），空 = 尚未细化"), text("fund_type_code", "资金来源"),
                    money("amount", "金额"), text("remark", "备注"), QUANTITY, UNIT_PRICE);
            case FORMS -> formFields();
            case INDICATORS -> List.of(integer("form_no", "所属申报表序号"), text("level1", "一级指标"),
                    text("level2", "二级指标"), text("level3", "三级指标"), text("value_implementation", "实施期指标值"),
                    text("value_year", "年度指标值"));
            case PRIOR_YEAR -> List.of(text("item", "上年数项目"), money("amount", "金额"));
            case STATE_ASSETS -> List.of(text("item", "已知的资产项目 StateAssetItem，空 = 单位自定的项目（见 item_name）"),
                    new Field("quantity", "number", "数量（个数，单位见 count_unit；没有 area 列的旧数据包中房屋类为平方米）"),
                    money("value", "价值或账面净值，空 = 未填"), text("item_name", "单位自定的资产项目名称"),
                    text("count_unit", "数量的计量单位，空 = 已知项目的单位（车辆：辆）"),
                    new Field("area", "number", "面积（平方米）"));
            case NARRATIVE -> List.of(text("section", "情况说明栏目"), text("text", "内容"));
            case CATALOG -> List.of(text("classification", "分类 FUNCTIONAL / DEPARTMENTAL_ECONOMIC / GOVERNMENT_ECONOMIC"),
                    text("code", "科目编码"), text("name", "科目名称"), integer("year", "目录年度"), text("provenance", "来源"));
            case MAPPING -> List.of(text("unit_category", "单位类别 ADMINISTRATIVE / INSTITUTION"),
                    text("dep_bgt_eco_code", "部门经济科目（款）"), text("gov_bgt_eco_code", "政府经济科目（款）"),
                    integer("year", "目录年度"), text("provenance", "来源"));
            case DERIVED -> List.of(integer("table_no", "表号 1-13"), integer("row_no", "行序号（从 1 起）"),
                    text("row_kind", "行类型"), text("row_code", "行编码"), integer("col_no", "列序号（从 1 起）"),
                    text("printed", "印出的内容（万元）"), new Field("exact_amount", "number", "金额单元格的精确合计（元）；文字单元格为空"));
            case FINDINGS -> List.of(text("severity", "ERROR / WARNING / NOTICE"), text("rule_id", "规则"),
                    text("title", "问题"), text("message", "说明"), text("location", "位置"),
                    text("record_kind", "记录类型"), text("agency_code", "单位编码"), text("pro_code", "项目编码"),
                    integer("item_no", "序号"), integer("table_no", "表号"), text("row_code", "行编码"),
                    text("explanation", "单位的出错说明"));
            default -> throw new IllegalArgumentException(resource);
        };
    }

    /** 数量 and 单价 of a line, added after the first packages (V5); optional, so older packages lack them. */
    private static final Field QUANTITY = new Field("quantity", "number", "数量，空 = 未填");
    private static final Field UNIT_PRICE = money("unit_price", "单价，空 = 未填");

    /**
     * How many leading columns of a table packages have held from the start. Columns were added at
     * the end since, each optional: a package of an earlier version has exactly these and is read as
     * if the added ones were blank (data-formats.md §4, "Compatible additions").
     */
    static int originalColumns(String resource) {
        return switch (resource) {
            case BASIC_LINES -> 9;
            case PROJECT_LINES -> 6;
            case STATE_ASSETS -> 3;
            default -> fields(resource).size();
        };
    }

    /** The tables of the budget itself, in the order they are written; all are required in a package. */
    static final List<String> BUDGET = List.of(DEPARTMENT, UNITS, STAFFING, BASIC_LINES, PROJECTS, PROCUREMENT,
            PROJECT_LINES, FORMS, INDICATORS, PRIOR_YEAR, STATE_ASSETS, NARRATIVE, CATALOG, MAPPING);

    private static List<Field> formFields() {
        var fields = new java.util.ArrayList<Field>(List.of(integer("form_no", "申报表序号（从 1 起）"),
                text("pro_code", "项目编码，空 = 部门整体绩效目标"), text("title", "表名")));
        for (String period : List.of("impl", "year")) {
            String when = period.equals("impl") ? "实施期" : "年度";
            fields.add(money(period + "_total", when + "资金总额，空 = 未填"));
            fields.add(money(period + "_central", when + "中央财政资金"));
            fields.add(money(period + "_provincial", when + "省级财政资金"));
            fields.add(money(period + "_local", when + "市县财政资金"));
            fields.add(money(period + "_self_raised", when + "单位自筹"));
            fields.add(money(period + "_other", when + "其他资金"));
        }
        for (String[] t : new String[][] {{"overview", "项目概况"}, {"basis", "立项依据"}, {"necessity", "项目设立必要性"},
                {"safeguards", "保证项目实施的制度措施"}, {"plan", "项目实施计划"}, {"goal_implementation", "实施期总体目标"},
                {"goal_year", "年度总体目标"}, {"person_in_charge", "负责人"}, {"handler", "经办人"}, {"phone", "联系电话"},
                {"filled_on", "填报日期"}}) {
            fields.add(text(t[0], t[1]));
        }
        return List.copyOf(fields);
    }

    private Schemas() {
    }
}
