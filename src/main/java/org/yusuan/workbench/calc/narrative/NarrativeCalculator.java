package org.yusuan.workbench.calc.narrative;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.yusuan.workbench.calc.ledger.BudgetLedger;
import org.yusuan.workbench.calc.ledger.BudgetLedger.FunctionKey;
import org.yusuan.workbench.calc.ledger.Nature;
import org.yusuan.workbench.calc.ledger.TableTemplate;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.BudgetUnit;
import org.yusuan.workbench.domain.budget.ExpenseKind;
import org.yusuan.workbench.domain.budget.FundYear;
import org.yusuan.workbench.domain.budget.FundingSource;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.budget.ProjectCategory;
import org.yusuan.workbench.domain.classification.Classification;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.domain.narrative.PriorYearItem;
import org.yusuan.workbench.domain.narrative.StateAsset;
import org.yusuan.workbench.domain.narrative.StateAssetItem;

/**
 * Computes {@link NarrativeFigures} from the ledger's exact sums (the same sums the tables print, so
 * text and tables cannot disagree) and the budget's prior-year figures, procurement and assets.
 */
public final class NarrativeCalculator {

    private final Budget budget;
    private final BudgetLedger ledger;
    private final TableTemplate template;

    private NarrativeCalculator(Budget budget, BudgetLedger ledger) {
        this.budget = budget;
        this.ledger = ledger;
        this.template = TableTemplate.forYear(budget.department().budgetYear());
    }

    public static NarrativeFigures compute(Budget budget, BudgetLedger ledger) {
        return new NarrativeCalculator(budget, ledger).compute();
    }

    private NarrativeFigures compute() {
        return new NarrativeFigures(income(), expenditure(), fiscal(), generalPublic(), basic(), threePublic(),
                administrativeRunning(), procurement(), performance(), assets(), projectCategories());
    }

    private Yuan sum(Predicate<FunctionKey> filter) {
        return ledger.functionalTotal(filter);
    }

    private Optional<Change> change(Yuan current, PriorYearItem item) {
        return Optional.ofNullable(budget.priorYear().get(item)).map(prior -> Change.of(current, prior));
    }

    private NarrativeFigures.Income income() {
        Yuan current = sum(k -> k.year() == FundYear.CURRENT);
        Yuan carried = sum(k -> k.year() == FundYear.CARRIED_OVER);
        Yuan total = current.plus(carried);
        List<Share> shares = new ArrayList<>();
        for (FundingSource source : FundingSource.values()) {
            shares.add(Share.of(source.label(), sum(k -> k.year() == FundYear.CURRENT && k.source() == source), total));
        }
        shares.add(Share.of(FundYear.CARRIED_OVER.label(), carried, total));
        return new NarrativeFigures.Income(total, current, carried, change(total, PriorYearItem.INCOME_TOTAL), shares);
    }

    private NarrativeFigures.Expenditure expenditure() {
        Yuan total = sum(k -> true);
        return new NarrativeFigures.Expenditure(total,
                Share.of("基本支出", sum(k -> k.nature() == Nature.BASIC), total),
                Share.of("项目支出", sum(k -> k.nature() == Nature.PROJECT), total));
    }

    private NarrativeFigures.Fiscal fiscal() {
        Predicate<FunctionKey> fiscal = k -> k.source().isFiscalAppropriation();
        Yuan total = sum(fiscal);
        return new NarrativeFigures.Fiscal(total,
                sum(k -> k.source() == FundingSource.GENERAL_PUBLIC_BUDGET),
                sum(k -> k.source() == FundingSource.GOVERNMENT_FUND),
                sum(k -> k.source() == FundingSource.STATE_CAPITAL),
                sum(fiscal.and(k -> k.year() == FundYear.CURRENT)),
                sum(fiscal.and(k -> k.year() == FundYear.CARRIED_OVER)),
                byClass(fiscal, total));
    }

    private NarrativeFigures.GeneralPublic generalPublic() {
        Predicate<FunctionKey> gpb = k -> k.year() == FundYear.CURRENT && k.source() == FundingSource.GENERAL_PUBLIC_BUDGET;
        Yuan total = sum(gpb);
        return new NarrativeFigures.GeneralPublic(total, change(total, PriorYearItem.GENERAL_PUBLIC_CURRENT),
                byClass(gpb, total));
    }

    /** The 功能类 with money under {@code filter}, in code order, as shares of {@code whole}. */
    private List<Share> byClass(Predicate<FunctionKey> filter, Yuan whole) {
        Map<String, Yuan> classes = new TreeMap<>();
        ledger.functional().forEach((key, amount) -> {
            if (filter.test(key)) {
                classes.merge(key.functionCode().substring(0, 3), amount, Yuan::plus);
            }
        });
        List<Share> shares = new ArrayList<>();
        classes.forEach((code, amount) -> {
            if (!amount.isZero()) {
                shares.add(Share.of(ledger.chart().nameOf(Classification.FUNCTIONAL, code), amount, whole));
            }
        });
        return shares;
    }

    private NarrativeFigures.Basic basic() {
        Map<ExpenseKind, Yuan> totals = new TreeMap<>();
        Map<ExpenseKind, TreeMap<String, Yuan>> items = new TreeMap<>();
        ledger.basicEconomic().forEach((key, amount) -> {
            if (key.year() == FundYear.CURRENT && key.source() == FundingSource.GENERAL_PUBLIC_BUDGET) {
                totals.merge(key.kind(), amount, Yuan::plus);
                items.computeIfAbsent(key.kind(), k -> new TreeMap<>()).merge(key.departmental(), amount, Yuan::plus);
            }
        });
        Yuan personnel = totals.getOrDefault(ExpenseKind.PERSONNEL, Yuan.ZERO);
        Yuan publicFunds = totals.getOrDefault(ExpenseKind.PUBLIC, Yuan.ZERO);
        return new NarrativeFigures.Basic(personnel.plus(publicFunds), personnel, publicFunds,
                names(items.get(ExpenseKind.PERSONNEL)), names(items.get(ExpenseKind.PUBLIC)));
    }

    /** Names of the 款 with money, in code order, each once. */
    private List<String> names(TreeMap<String, Yuan> items) {
        if (items == null) {
            return List.of();
        }
        TreeSet<String> seen = new TreeSet<>();
        List<String> names = new ArrayList<>();
        items.forEach((code, amount) -> {
            String name = ledger.chart().nameOf(Classification.DEPARTMENTAL_ECONOMIC, code);
            if (!amount.isZero() && seen.add(name)) {
                names.add(name);
            }
        });
        return names;
    }

    private NarrativeFigures.ThreePublic threePublic() {
        Yuan overseas = economic("overseasTravel");
        Yuan reception = economic("reception");
        Yuan operation = economic("vehicleOperation");
        Yuan purchase = economic("vehiclePurchase");
        Yuan total = overseas.plus(reception).plus(operation).plus(purchase);
        List<PriorYearItem> items = List.of(PriorYearItem.OFFICIAL_OVERSEAS_TRAVEL, PriorYearItem.OFFICIAL_RECEPTION,
                PriorYearItem.OFFICIAL_VEHICLE_OPERATION, PriorYearItem.OFFICIAL_VEHICLE_PURCHASE);
        Optional<Change> totalChange = items.stream().anyMatch(budget.priorYear()::containsKey)
                ? Optional.of(Change.of(total, items.stream()
                        .map(i -> budget.priorYear().getOrDefault(i, Yuan.ZERO)).reduce(Yuan.ZERO, Yuan::plus)))
                : Optional.empty();
        return new NarrativeFigures.ThreePublic(total, totalChange,
                item(overseas, PriorYearItem.OFFICIAL_OVERSEAS_TRAVEL), item(reception, PriorYearItem.OFFICIAL_RECEPTION),
                item(operation, PriorYearItem.OFFICIAL_VEHICLE_OPERATION),
                item(purchase, PriorYearItem.OFFICIAL_VEHICLE_PURCHASE));
    }

    private NarrativeFigures.ThreePublic.Item item(Yuan amount, PriorYearItem prior) {
        return new NarrativeFigures.ThreePublic.Item(amount, change(amount, prior));
    }

    /** This year's 财政拨款 on the 三公 款 of one template item, basic and project lines alike. */
    private Yuan economic(String item) {
        List<String> codes = template.threePublic(item);
        Yuan total = Yuan.ZERO;
        for (var e : ledger.economic().entrySet()) {
            var key = e.getKey();
            if (key.year() == FundYear.CURRENT && key.source().isFiscalAppropriation() && codes.contains(key.departmental())) {
                total = total.plus(e.getValue());
            }
        }
        return total;
    }

    private NarrativeFigures.AdministrativeRunning administrativeRunning() {
        List<String> organs = ledger.units().stream().filter(u -> u.type().runsAsGovernmentOrgan())
                .map(BudgetUnit::code).toList();
        Yuan total = Yuan.ZERO;
        for (var e : ledger.unitKind().entrySet()) {
            var key = e.getKey();
            if (key.kind() == ExpenseKind.PUBLIC && key.year() == FundYear.CURRENT
                    && key.source().isFiscalAppropriation() && organs.contains(key.unitCode())) {
                total = total.plus(e.getValue());
            }
        }
        return new NarrativeFigures.AdministrativeRunning(total, change(total, PriorYearItem.ADMINISTRATIVE_RUNNING));
    }

    private NarrativeFigures.Procurement procurement() {
        Yuan goods = Yuan.ZERO;
        Yuan works = Yuan.ZERO;
        Yuan services = Yuan.ZERO;
        for (Project p : budget.projects()) {
            goods = goods.plus(p.procurement().goods());
            works = works.plus(p.procurement().works());
            services = services.plus(p.procurement().services());
        }
        return new NarrativeFigures.Procurement(goods.plus(works).plus(services), goods, works, services);
    }

    /** This year's projects: all of them are to carry performance targets (the audit names any without). */
    private NarrativeFigures.Performance performance() {
        int projects = 0;
        int withForms = 0;
        Yuan amount = Yuan.ZERO;
        for (Project p : budget.projects()) {
            if (p.fundYear() != FundYear.CURRENT || p.total().isZero()) {
                continue;
            }
            projects++;
            amount = amount.plus(ledger.project(p.code(), FundingSource.GENERAL_PUBLIC_BUDGET));
            if (budget.formOf(p.code()).isPresent()) {
                withForms++;
            }
        }
        return new NarrativeFigures.Performance(projects, amount, withForms);
    }

    /**
     * Count and amount per 项目类别, every category listed (0 projects is then a fact); empty when a
     * project with money has no category entered, since the counts would then be wrong.
     */
    private List<NarrativeFigures.ProjectCategory> projectCategories() {
        Map<ProjectCategory, Integer> counts = new EnumMap<>(ProjectCategory.class);
        Map<ProjectCategory, Yuan> amounts = new EnumMap<>(ProjectCategory.class);
        for (Project p : budget.projects()) {
            if (p.total().isZero()) {
                continue;
            }
            if (p.category() == null) {
                return List.of();
            }
            counts.merge(p.category(), 1, Integer::sum);
            amounts.merge(p.category(), p.total(), Yuan::plus);
        }
        if (counts.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(ProjectCategory.values()).map(c -> new NarrativeFigures.ProjectCategory(c.label(),
                counts.getOrDefault(c, 0), amounts.getOrDefault(c, Yuan.ZERO))).toList();
    }

    /**
     * 国有资产 by place: 车辆 with the accountant's items counted in 辆 (vehicles by type); 房屋 with
     * 办公用房, 业务用房 and the accountant's items that have an area; the net values by class and every
     * other item of the accountant's (devices above a unit value …) — each list in the entered order.
     */
    private NarrativeFigures.Assets assets() {
        StateAsset vehicles = null;
        StateAsset buildings = null;
        List<StateAsset> vehicleTypes = new ArrayList<>();
        List<StateAsset> buildingParts = new ArrayList<>();
        List<StateAsset> others = new ArrayList<>();
        for (StateAsset a : budget.stateAssets()) {
            StateAssetItem known = a.knownItem().orElse(null);
            if (known == StateAssetItem.VEHICLES) {
                vehicles = a;
            } else if (known == StateAssetItem.BUILDINGS) {
                buildings = a;
            } else if (known != null && known.measure() == StateAssetItem.Measure.AREA) {
                buildingParts.add(a);
            } else if (known == null && a.count() != null && StateAssetItem.VEHICLES.countUnit().equals(a.countUnit())) {
                vehicleTypes.add(a);
            } else if (known == null && a.area() != null) {
                buildingParts.add(a);
            } else {
                others.add(a);
            }
        }
        return new NarrativeFigures.Assets(vehicles, vehicleTypes, buildings, buildingParts, others);
    }
}
