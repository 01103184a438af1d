package org.yusuan.workbench.calc.narrative;

import java.math.BigDecimal;
import org.yusuan.workbench.domain.narrative.StateAsset;
import java.util.List;
import java.util.Optional;
import org.yusuan.workbench.domain.money.Yuan;

/** Every figure the 情况说明 quotes, by section of the booklet. Amounts are exact 元. */
public record NarrativeFigures(Income income, Expenditure expenditure, Fiscal fiscal, GeneralPublic generalPublic,
                               Basic basic, ThreePublic threePublic, AdministrativeRunning administrativeRunning,
                               Procurement procurement, Performance performance, Assets assets,
                               List<ProjectCategory> projectCategories) {

    /** 一、二: 收入总计 (= 支出总计), 本年, 上年结转, change; shares of each source and of 上年结转. */
    public record Income(Yuan total, Yuan currentYear, Yuan carriedOver, Optional<Change> change,
                         List<Share> shares) {
    }

    /** 三: 基本支出 and 项目支出 (current and carried over) and their shares. */
    public record Expenditure(Yuan total, Share basic, Share project) {
    }

    /**
     * 四: 财政拨款 total; income by the three 财政拨款 sources (all years); this year's and carried-over
     * parts; expenditure by 功能类.
     */
    public record Fiscal(Yuan total, Yuan generalPublic, Yuan governmentFund, Yuan stateCapital, Yuan currentYear,
                         Yuan carriedOver, List<Share> byClass) {
    }

    /** 五: 一般公共预算当年拨款, its change, and its structure by 功能类 (the pie). */
    public record GeneralPublic(Yuan currentYear, Optional<Change> change, List<Share> byClass) {
    }

    /** 六: 一般公共预算基本支出, 人员经费 and 公用经费 with the names of the 款 they consist of. */
    public record Basic(Yuan total, Yuan personnel, Yuan publicFunds, List<String> personnelItems,
                        List<String> publicItems) {
    }

    /** 七: "三公" 经费 (财政拨款, this year) and each item against the prior year. */
    public record ThreePublic(Yuan total, Optional<Change> change, Item overseasTravel, Item reception,
                              Item vehicleOperation, Item vehiclePurchase) {

        public record Item(Yuan amount, Optional<Change> change) {
        }
    }

    /** 八: 机关运行经费 (财政拨款) and its change. */
    public record AdministrativeRunning(Yuan total, Optional<Change> change) {
    }

    /** 九: 政府采购 planned in the projects. */
    public record Procurement(Yuan total, Yuan goods, Yuan works, Yuan services) {
    }

    /** 十: projects under performance-target management (this year's projects) and their 一般公共预算. */
    public record Performance(int projects, Yuan generalPublicAmount, int projectsWithForms) {
    }

    /**
     * 项目类别: the projects of one category (其他运转类, 特定目标类) with money this year, current and
     * carried over alike, so the categories add up to 三's 项目支出.
     */
    public record ProjectCategory(String label, int projects, Yuan amount) {
    }

    /**
     * 十一: the 国有资产 lines in the places the booklet gives them; null or empty where nothing was
     * entered. Each line carries only the count, area and value the accountant gave.
     *
     * @param vehicles      车辆 (all vehicles), or null
     * @param vehicleTypes  the accountant's items counted in 辆 (一般公务用车, 执法执勤用车 …)
     * @param buildings     房屋 (all buildings), or null
     * @param buildingParts 办公用房, 业务用房 and the accountant's items with an area
     * @param others        the net values by class and the accountant's other items (设备 above a unit value …)
     */
    public record Assets(StateAsset vehicles, List<StateAsset> vehicleTypes, StateAsset buildings,
                         List<StateAsset> buildingParts, List<StateAsset> others) {

        public Assets {
            vehicleTypes = List.copyOf(vehicleTypes);
            buildingParts = List.copyOf(buildingParts);
            others = List.copyOf(others);
        }

        /** 房屋面积, null when not entered. */
        public BigDecimal buildingArea() {
            return buildings == null ? null : buildings.area();
        }

        /** 房屋价值, null when not entered. */
        public Yuan buildingValue() {
            return buildings == null ? null : buildings.value();
        }
    }
}
