package org.yusuan.workbench.exchange.workbook;

import static org.yusuan.workbench.exchange.ExchangeTexts.say;
import static org.yusuan.workbench.exchange.workbook.BaseDataLayout.AMOUNT_YUAN;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yusuan.workbench.domain.input.ImportProblem;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.domain.narrative.NarrativeSection;
import org.yusuan.workbench.domain.narrative.PriorYearItem;
import org.yusuan.workbench.domain.narrative.StateAsset;
import org.yusuan.workbench.domain.narrative.StateAssetItem;
import org.yusuan.workbench.exchange.sheet.Sheet;

/** Reads the sheets behind the narrative: 上年数, 国有资产 and 情况说明. */
final class NarrativeSheetReader {

    private final List<ImportProblem> problems;

    NarrativeSheetReader(List<ImportProblem> problems) {
        this.problems = problems;
    }

    Map<PriorYearItem, Yuan> readPriorYear(Optional<Sheet> sheet) {
        Map<PriorYearItem, Yuan> figures = new EnumMap<>(PriorYearItem.class);
        RowReader.forEachRow(sheet, BaseDataLayout.PRIOR_YEAR, problems, r -> {
            PriorYearItem item = r.choice(BaseDataLayout.PRIOR_ITEM, PriorYearItem.class, true, "上年数项目");
            Yuan amount = r.amount(AMOUNT_YUAN, true, false);
            if (item != null && figures.containsKey(item)) {
                r.problem(BaseDataLayout.PRIOR_ITEM, say("problem.itemTwice", item.label()));
            }
            if (r.isValid()) {
                figures.put(item, amount);
            }
        });
        return figures;
    }

    /**
     * 国有资产: an item with a count, an area or a value, at least one. A sheet of earlier versions
     * has no 面积 column: there the 数量 of 房屋, 办公用房 and 业务用房 was their area.
     */
    List<StateAsset> readStateAssets(Optional<Sheet> sheet) {
        boolean olderLayout = sheet.isPresent() && !sheet.get().hasColumn(BaseDataLayout.ASSET_AREA);
        Map<String, StateAsset> assets = new LinkedHashMap<>();
        RowReader.forEachRow(sheet, BaseDataLayout.STATE_ASSETS, problems, r -> {
            String item = r.text(BaseDataLayout.ASSET_ITEM, true);
            BigDecimal count = r.decimal(BaseDataLayout.ASSET_QUANTITY);
            String unit = r.text(BaseDataLayout.ASSET_UNIT, false);
            BigDecimal area = r.decimal(BaseDataLayout.ASSET_AREA);
            Yuan value = r.amount(BaseDataLayout.ASSET_VALUE, false, false);
            if (item == null) {
                return;
            }
            StateAssetItem known = StateAssetItem.named(item).orElse(null);
            if (olderLayout && known != null && known.measure() == StateAssetItem.Measure.AREA) {
                area = count;
                count = null;
            }
            if (assets.containsKey(item)) {
                r.problem(BaseDataLayout.ASSET_ITEM, say("problem.itemTwice", item));
            }
            if (r.isValid() && count == null && area == null && value == null) {
                r.problem(BaseDataLayout.ASSET_ITEM, say("problem.assetEmpty", item));
            }
            if (known != null && known.measure() == StateAssetItem.Measure.NET_VALUE && (count != null || area != null)) {
                r.problem(count != null ? BaseDataLayout.ASSET_QUANTITY : BaseDataLayout.ASSET_AREA,
                        say("problem.noQuantity", item));
            }
            if (count != null && unit == null && (known == null || known.countUnit() == null)) {
                r.problem(BaseDataLayout.ASSET_UNIT, say("problem.assetUnit", item));
            }
            if (r.isValid()) {
                assets.put(item, new StateAsset(item, count, unit, area, value));
            }
        });
        return new ArrayList<>(assets.values());
    }

    Map<NarrativeSection, String> readTexts(Optional<Sheet> sheet) {
        Map<NarrativeSection, String> texts = new EnumMap<>(NarrativeSection.class);
        RowReader.forEachRow(sheet, BaseDataLayout.NARRATIVE, problems, r -> {
            NarrativeSection section = r.choice(BaseDataLayout.NARRATIVE_SECTION, NarrativeSection.class, true, "情况说明栏目");
            String content = r.longText(BaseDataLayout.NARRATIVE_CONTENT, true);
            if (section != null && texts.containsKey(section)) {
                r.problem(BaseDataLayout.NARRATIVE_SECTION, say("problem.itemTwice", section.label()));
            }
            if (r.isValid()) {
                texts.put(section, content);
            }
        });
        return texts;
    }
}
