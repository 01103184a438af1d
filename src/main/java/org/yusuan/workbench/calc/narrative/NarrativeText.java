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
import org.yusuan.workbench.domain.narrative.StateAsset;
import org.yusuan.workbench.domain.narrative.StateAssetItem;
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

        assets(f.assets());
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

    /**
     * 十一: ${车辆情况}, ${房屋情况} and ${资产净值}, each from what was entered only. A total (车辆, 房屋)
     * leads its paragraph with its parts after "其中"; without the total the parts stand alone.
     */
    private void assets(NarrativeFigures.Assets a) {
        put("车辆", a.vehicles() == null ? null : parts(a.vehicles()));
        put("车辆分类", items("车辆分类", a.vehicleTypes()));
        put("车辆情况", paragraph("车辆情况", "车辆", "车辆分类"));
        put("房屋", a.buildings() == null ? null : parts(a.buildings()));
        put("房屋构成", items("房屋构成", a.buildingParts()));
        put("房屋情况", paragraph("房屋情况", "房屋", "房屋构成"));
        put("资产净值", items("资产净值", a.others()));
        // The figures by name, as templates before the free items had them.
        put("车辆数", a.vehicles() == null ? null : count(a.vehicles().count()));
        put("房屋面积", area(a.buildingArea()));
        put("房屋价值", a.buildingValue() == null ? null : wan(a.buildingValue()));
    }

    /** The paragraph with the total ({@code phrase}) or, without it, of the parts alone ({@code phrase.无合计}). */
    private String paragraph(String phrase, String total, String parts) {
        if (values.get(total) != null) {
            return NarrativeTemplate.fill(template.phrase(phrase), values);
        }
        return values.get(parts) == null ? null : NarrativeTemplate.fill(template.phrase(phrase + ".无合计"), values);
    }

    /** Items named (the template's label: 设备 → 设备账面净值) with their parts, joined; null when none. */
    private String items(String list, List<StateAsset> assets) {
        if (assets.isEmpty()) {
            return null;
        }
        return String.join(template.listSeparator(list), assets.stream()
                .map(a -> template.label(a.item()) + parts(a)).toList());
    }

    /** "128辆，价值1,549.59万元": the count, area and value given, in the template's words. */
    private String parts(StateAsset a) {
        boolean netValue = a.knownItem().map(i -> i.measure() == StateAssetItem.Measure.NET_VALUE).orElse(false);
        List<String> parts = new ArrayList<>();
        if (a.count() != null) {
            Map<String, String> v = new HashMap<>();
            v.put("数量", count(a.count()));
            v.put("单位", a.countUnit());
            parts.add(NarrativeTemplate.fill(template.phrase("资产数量"), v));
        }
        if (a.area() != null) {
            parts.add(NarrativeTemplate.fill(template.phrase("资产面积"), Map.of("面积", area(a.area()))));
        }
        if (a.value() != null) {
            parts.add(NarrativeTemplate.fill(template.phrase(netValue ? "资产净值" : "资产价值"),
                    Map.of("价值", wan(a.value()))));
        }
        return String.join(template.phrase("资产分隔"), parts);
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
