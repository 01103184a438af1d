package org.yusuan.workbench.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.domain.narrative.StateAsset;
import org.yusuan.workbench.domain.narrative.StateAssetItem;
import org.yusuan.workbench.domain.performance.FormFunds;
import org.yusuan.workbench.domain.performance.FormTexts;
import org.yusuan.workbench.domain.performance.Indicator;
import org.yusuan.workbench.domain.performance.IndicatorFramework;
import org.yusuan.workbench.domain.performance.PerformanceForm;

/**
 * A small clean budget (one 行政 unit, two basic lines, one project with a complete form) that a
 * test changes in one place to plant exactly one fault. Amounts are whole 万元, so no 尾差.
 */
public final class TinyBudget {

    public static final String UNIT = "001001";
    public static final String PROJECT = "001001-001";

    String projectName = "执法办案经费";
    ProjectCategory category = ProjectCategory.SPECIFIC_TARGET;
    List<BasicExpenditureLine> basicLines = new ArrayList<>(List.of(
            basic("2040201", "30101", "100000.00"),
            basic("2040201", "30201", "20000.00")));
    String projectFunction = "2040202";
    FormFunds implementation = funds("50000.00");
    FormFunds year = funds("50000.00");
    FormTexts texts = new FormTexts("购置执法记录仪，保障办案。", "公安部门执法规范化要求", "规范执法需要记录设备。",
            "执行单位内部控制制度。", "2023年上半年完成采购。", "提高执法规范化水平。", "提高执法规范化水平。",
            null, "张三", "0355-1234567", "20230101");
    List<Indicator> indicators = new ArrayList<>(List.of(
            new Indicator("产出指标", "数量指标", "执法记录仪购置数量", "≥10台", "≥10台"),
            new Indicator("产出指标", "质量指标", "设备验收合格率", "≥95%", "≥95%"),
            new Indicator("产出指标", "时效指标", "采购完成时间", "2023年1月-6月", "2023年1月-6月"),
            new Indicator("产出指标", "成本指标", "采购成本", "≤50000元", "≤50000元"),
            new Indicator("效益指标", "社会效益指标", "执法规范化水平", "提高", "提高"),
            new Indicator("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "≥90%")));
    public boolean withForm = true;
    List<StateAsset> assets = List.of(StateAsset.known(StateAssetItem.VEHICLES, java.math.BigDecimal.valueOf(2),
            Yuan.parse("300000.00")));
    List<Staffing> staffing = List.of(new Staffing(UNIT, StaffCategory.ADMINISTRATIVE, 20, 18));

    static BasicExpenditureLine basic(String function, String economic, String amount) {
        return new BasicExpenditureLine(0, UNIT, function, economic, null, FundingSource.GENERAL_PUBLIC_BUDGET,
                Yuan.parse(amount), null, FundYear.CURRENT, null);
    }

    static BasicExpenditureLine basic(String function, String economic, String amount, String government,
                                      ExpenseKind kind) {
        return new BasicExpenditureLine(0, UNIT, function, economic, government, FundingSource.GENERAL_PUBLIC_BUDGET,
                Yuan.parse(amount), kind, FundYear.CURRENT, null);
    }

    /** All money from the 市县 level, as a county department's own project. */
    static FormFunds funds(String total) {
        Yuan t = Yuan.parse(total);
        return new FormFunds(t, Yuan.ZERO, Yuan.ZERO, t, Yuan.ZERO, null);
    }

    public Budget build() {
        Project project = new Project(0, PROJECT, UNIT, projectName, category,
                ProjectAttribute.ONE_OFF, "1年", FundYear.CURRENT, Procurement.NONE, null,
                List.of(new ProjectLine(0, projectFunction, null, FundingSource.GENERAL_PUBLIC_BUDGET,
                        Yuan.parse("50000.00"), null)));
        List<PerformanceForm> forms = withForm
                ? List.of(new PerformanceForm(0, PROJECT, "项目支出绩效目标申报表", implementation, year, texts, indicators))
                : List.of();
        return new Budget(new Department("001", "某县公安局", 2023, IndicatorFramework.TRADITIONAL),
                List.of(new BudgetUnit(UNIT, "某县公安局", UnitType.ADMINISTRATIVE)), staffing, basicLines,
                List.of(project), forms, Map.of(), assets, Map.of());
    }
}
