package org.yusuan.workbench.calc.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.domain.narrative.NarrativeSection;
import org.yusuan.workbench.domain.publication.Wording;

/** 情况说明 written out: the year's template filled with the computed figures and the accountant's texts. */
public final class NarrativeText {

    /** The variables that hold the accountant's own texts, which join the template by {@link Sentences}. */
    private static final Set<String> OWN_WORDS = Arrays.stream(NarrativeSection.values()).map(NarrativeSection::label)
            .collect(Collectors.toUnmodifiableSet());

    private final NarrativeTemplate template;
    private final Map<String, String> values = new HashMap<>();

    private NarrativeText(NarrativeTemplate template) {
        this.template = template;
    }

    public static List<ExplanationSection> render(Budget budget, NarrativeFigures figures) {
        return render(budget, figures, Wording.NONE);
    }

    /** As {@link #render(Budget, NarrativeFigures)} in the words of a file's {@code wording}. */
    public static List<ExplanationSection> render(Budget budget, NarrativeFigures figures, Wording wording) {
        NarrativeText text = new NarrativeText(NarrativeTemplate.forYear(budget.department().budgetYear(), wording));
        text.collect(budget, figures);
        List<ExplanationSection> sections = new ArrayList<>();
        for (String section : text.template.sections()) {
            String body = NarrativeTemplate.fill(text.template.text(section), text.values, OWN_WORDS);
            sections.add(new ExplanationSection(text.template.title(section),
                    List.of(body.replace("\\n", "\n").split("\n"))));
        }
        return sections;
    }

    private void collect(Budget budget, NarrativeFigures f) {
        int year = budget.department().budgetYear();
        put("年度", String.valueOf(year));
        put("上年", String.valueOf(year - 1));
        put("部门名称", budget.department().name());
        // A text of punctuation only says nothing: absent, so its optional part drops.
        budget.narrative().forEach((section, content) -> put(section.label(), Sentences.hasWords(content) ? content : null));

        put("收入总计", wan(f.income().total()));
        put("本年收入", wan(f.income().currentYear()));
        put("上年结转", wan(f.income().carriedOver()));
        change("收入", f.income().change());
        list("收入构成", f.income().shares());
        put("支出总计", wan(f.expenditure().total()));
        put("基本支出", wan(f.expenditure().basic().amount()));
        put("基本支出占比", f.expenditure().basic().percent().toPlainString());
        put("项目支出", wan(f.expenditure().project().amount()));
        put("项目支出占比", f.expenditure().project().percent().toPlainString());

        put("财政拨款总计", wan(f.fiscal().total()));
        put("财政拨款一般公共预算", wan(f.fiscal().generalPublic()));
        put("财政拨款政府性基金", wan(f.fiscal().governmentFund()));
        put("财政拨款国有资本经营", wan(f.fiscal().stateCapital()));
        put("财政拨款当年", wan(f.fiscal().currentYear()));
        put("财政拨款结转", wan(f.fiscal().carriedOver()));
        list("财政拨款支出构成", f.fiscal().byClass());

        put("一般公共预算当年拨款", wan(f.generalPublic().currentYear()));
        change("一般公共预算", f.generalPublic().change());
        list("一般公共预算结构", f.generalPublic().byClass());

        put("基本支出合计", wan(f.basic().total()));
        put("人员经费", wan(f.basic().personnel()));
        put("公用经费", wan(f.basic().publicFunds()));
        put("人员经费科目", f.basic().personnelItems().isEmpty() ? null : String.join("、", f.basic().personnelItems()));
        put("公用经费科目", f.basic().publicItems().isEmpty() ? null : String.join("、", f.basic().publicItems()));

        var three = f.threePublic();
        put("三公合计", wan(three.total()));
        change("三公", three.change());
        threePublicItem("因公出国", three.overseasTravel());
        threePublicItem("公务接待", three.reception());
        threePublicItem("公务用车运行", three.vehicleOperation());
        threePublicItem("公务用车购置", three.vehiclePurchase());

        put("机关运行经费", wan(f.administrativeRunning().total()));
        change("机关运行经费", f.administrativeRunning().change());

        put("政府采购总额", wan(f.procurement().total()));
        put("政府采购货物", wan(f.procurement().goods()));
        put("政府采购工程", wan(f.procurement().works()));
        put("政府采购服务", wan(f.procurement().services()));
        put("绩效项目数", String.valueOf(f.performance().projects()));
        put("绩效项目金额", wan(f.performance().generalPublicAmount()));

        projectCategories(f.projectCategories());

        var assets = f.assets();
        put("车辆数", count(assets.vehicles()));
        put("车辆价值", assets.vehicleValue() == null ? null : wan(assets.vehicleValue()));
        put("房屋面积", area(assets.buildingArea()));
        put("房屋价值", assets.buildingValue() == null ? null : wan(assets.buildingValue()));
        put("办公用房面积", area(assets.officeArea()));
        put("办公用房价值", assets.officeValue() == null ? null : wan(assets.officeValue()));
        put("业务用房面积", area(assets.businessArea()));
        put("业务用房价值", assets.businessValue() == null ? null : wan(assets.businessValue()));
        List<Share> net = budget.stateAssets().stream().filter(a -> !a.item().hasQuantity())
                .map(a -> new Share(a.item().label(), a.value(), null)).toList();
        list("资产净值", net);
        if (values.get(NarrativeSection.PURCHASED_SERVICES.label()) == null) {
            put(NarrativeSection.PURCHASED_SERVICES.label(), "无。");
        }
        if (values.get(NarrativeSection.OTHER_NOTES.label()) == null) {
            put(NarrativeSection.OTHER_NOTES.label(), "无。");
        }
    }

    private void put(String name, String value) {
        values.put(name, value);
    }

    /** ${名称}变动方向 / 变动额 / 变动率; absent (so optional parts drop) without a prior-year figure. */
    private void change(String name, Optional<Change> change) {
        change.ifPresent(c -> {
            put(name + "变动方向", template.verb(c.direction()));
            put(name + "变动额", wan(c.magnitude()));
            put(name + "变动率", c.rate() == null ? null : c.rate().toPlainString());
        });
    }

    private void threePublicItem(String name, NarrativeFigures.ThreePublic.Item item) {
        put(name, wan(item.amount()));
        String phrase = item.change().map(c -> c.direction() == Change.Direction.UNCHANGED
                ? template.phrase("unchanged")
                : NarrativeTemplate.fill(template.phrase("changed"),
                        Map.of("方向", template.verb(c.direction()), "变动额", wan(c.magnitude()))))
                .orElse(template.phrase("noPrior"));
        put(name + "变动", phrase);
    }

    /** A list joined by the template's item wording and separator; absent when empty. */
    private void list(String name, List<Share> items) {
        if (items.isEmpty()) {
            return;
        }
        Function<Share, String> item = s -> {
            Map<String, String> v = new HashMap<>();
            v.put("名称", template.label(s.label()));
            v.put("金额", wan(s.amount()));
            v.put("占比", s.percent() == null ? null : s.percent().toPlainString());
            return NarrativeTemplate.fill(template.listItem(name), v);
        };
        put(name, String.join(template.listSeparator(name), items.stream().map(item).toList()));
    }

    /** ${项目类别}: "其他运转类项目11个，金额2,567.26万元；特定目标类…" in the template's wording. */
    private void projectCategories(List<NarrativeFigures.ProjectCategory> categories) {
        if (categories.isEmpty()) {
            return;
        }
        put("项目类别", String.join(template.listSeparator("项目类别"), categories.stream()
                .map(c -> NarrativeTemplate.fill(template.listItem("项目类别"),
                        Map.of("名称", c.label(), "个数", String.valueOf(c.projects()), "金额", wan(c.amount()))))
                .toList()));
    }

    private static String wan(Yuan yuan) {
        return yuan.toWanYuan().grouped();
    }

    /** 128 辆. */
    private static String count(BigDecimal quantity) {
        return quantity == null ? null : quantity.stripTrailingZeros().toPlainString();
    }

    /** 4400.00 平方米, as the booklet prints areas. */
    private static String area(BigDecimal quantity) {
        return quantity == null ? null : quantity.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

}
