package org.yusuan.workbench.calc;

import org.yusuan.workbench.calc.ledger.BudgetLedger;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yusuan.workbench.calc.narrative.Change;
import org.yusuan.workbench.calc.narrative.NarrativeCalculator;
import org.yusuan.workbench.calc.narrative.NarrativeFigures;
import org.yusuan.workbench.calc.narrative.Share;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.text.Csv;
import org.yusuan.workbench.exchange.sheet.Sheet;
import org.yusuan.workbench.exchange.sheet.SheetRow;

/**
 * Every figure the reference booklet's 情况说明 quotes (golden checks_narrative.csv) recomputed by
 * the program equals the published one.
 */
class GoldenNarrativeTest {

    /** Claims that are not figures of the narrative: a cross-document count the audit handles (X.staff-count). */
    private static final Set<String> NOT_NARRATIVE_FIGURES = Set.of("N0.1");

    private static NarrativeFigures figures;
    private static final Map<String, Function<NarrativeFigures, BigDecimal>> CLAIMS = new HashMap<>();

    @BeforeAll
    static void compute() {
        var budget = SampleFixture.budget();
        figures = NarrativeCalculator.compute(budget, new BudgetLedger(budget, SampleFixture.CHART));
        claim("N1.1", f -> wan(f.income().total()));
        claim("N1.2", f -> wan(f.income().currentYear()));
        claim("N1.3", f -> wan(f.income().carriedOver()));
        claim("N1.4", f -> f.income().change().orElseThrow().rate());
        claim("N1.5", f -> wan(f.expenditure().total()));
        claim("N1.6", f -> wan(f.income().currentYear()));
        claim("N1.7", f -> wan(f.income().carriedOver()));
        claim("N1.8", f -> f.income().change().orElseThrow().rate());
        claim("N2.1", f -> wan(share(f.income().shares(), "一般公共预算拨款").amount()));
        claim("N2.2", f -> share(f.income().shares(), "一般公共预算拨款").percent());
        claim("N2.3", f -> share(f.income().shares(), "上年结转").percent());
        claim("N2.4", f -> f.income().shares().subList(1, 5).stream().map(Share::percent)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        claim("N3.1", f -> wan(f.expenditure().basic().amount()));
        claim("N3.2", f -> f.expenditure().basic().percent());
        claim("N3.3", f -> wan(f.expenditure().project().amount()));
        claim("N3.4", f -> f.expenditure().project().percent());
        claim("N4.1", f -> wan(f.fiscal().total()));
        claim("N4.2", f -> wan(f.fiscal().generalPublic()));
        claim("N4.3", f -> wan(f.fiscal().currentYear()));
        claim("N4.4", f -> wan(f.fiscal().carriedOver()));
        for (String cls : List.of("公共安全支出", "社会保障和就业支出", "卫生健康支出", "住房保障支出")) {
            claim("N4." + cls, f -> wan(share(f.fiscal().byClass(), cls).amount()));
            claim("N5." + cls, f -> wan(share(f.generalPublic().byClass(), cls).amount()));
            claim("N5." + cls + "%", f -> share(f.generalPublic().byClass(), cls).percent());
        }
        claim("N5.1", f -> f.generalPublic().change().orElseThrow().rate());
        claim("N6.1", f -> wan(f.basic().total()));
        claim("N6.2", f -> wan(f.basic().personnel()));
        claim("N6.3", f -> wan(f.basic().publicFunds()));
        claim("N6.人员经费.items", f -> BigDecimal.valueOf(f.basic().personnelItems().size()));
        claim("N6.公用经费.items", f -> BigDecimal.valueOf(f.basic().publicItems().size()));
        claim("N7.1", f -> wan(f.threePublic().total()));
        claim("N7.2", f -> wan(f.threePublic().change().orElseThrow().prior()));
        claim("N7.3", f -> wan(f.threePublic().vehicleOperation().amount()));
        claim("N7.4", f -> wan(f.threePublic().vehiclePurchase().amount()));
        claim("N7.5", f -> wan(f.threePublic().change().orElseThrow().prior()));
        claim("N8.1", f -> wan(f.administrativeRunning().total()));
        claim("N8.2", f -> f.administrativeRunning().change().orElseThrow().rate());
        claim("N9.1", f -> wan(f.procurement().total()));
        claim("N10.1", f -> BigDecimal.valueOf(f.performance().projects()));
        claim("N10.2", f -> wan(f.performance().generalPublicAmount()));
        claim("N11.1", f -> f.assets().buildingArea());
        claim("N11.2", f -> wan(f.assets().buildingValue()));
    }

    private static void claim(String id, Function<NarrativeFigures, BigDecimal> figure) {
        CLAIMS.put(id, figure);
    }

    @Test
    void everyQuotedFigureRecomputesToThePublishedOne() throws IOException {
        List<SheetRow> claims = golden();
        assertThat(claims).hasSizeGreaterThan(40);
        for (SheetRow claim : claims) {
            String id = claim.get("claim_id");
            if (NOT_NARRATIVE_FIGURES.contains(id)) {
                continue;
            }
            assertThat(CLAIMS).as("claim %s (%s) is computed", id, claim.get("quote")).containsKey(id);
            BigDecimal published = new BigDecimal(claim.get("claimed"));
            assertThat(CLAIMS.get(id).apply(figures)).as("%s: %s", id, claim.get("quote"))
                    .isEqualByComparingTo(published);
        }
    }

    @Test
    void changesAgainstThePriorYearAsQuoted() {
        assertChange(figures.income().change().orElseThrow(), Change.Direction.INCREASE, "1386.40", "16.30");
        assertChange(figures.generalPublic().change().orElseThrow(), Change.Direction.INCREASE, "863.96", "10.16");
        assertChange(figures.threePublic().change().orElseThrow(), Change.Direction.INCREASE, "27.60", null);
        assertChange(figures.threePublic().vehicleOperation().change().orElseThrow(), Change.Direction.DECREASE,
                "2.40", null);
        assertChange(figures.threePublic().vehiclePurchase().change().orElseThrow(), Change.Direction.INCREASE,
                "30.00", null);
        assertThat(figures.threePublic().reception().change().orElseThrow().direction())
                .isEqualTo(Change.Direction.UNCHANGED);
        assertChange(figures.administrativeRunning().change().orElseThrow(), Change.Direction.INCREASE, "528.14", "60.50");
    }

    @Test
    void theListsOfPersonnelAndPublicItemsNameTheSameItemsAsTheBooklet() throws IOException {
        for (SheetRow claim : golden()) {
            String id = claim.get("claim_id");
            if (id.endsWith(".items")) {
                Set<String> published = Arrays.stream(claim.get("quote").replaceFirst(".*主要包括：", "").split("、"))
                        .map(Golden::normalize).collect(Collectors.toSet());
                List<String> computed = id.contains("人员") ? figures.basic().personnelItems() : figures.basic().publicItems();
                assertThat(computed.stream().map(Golden::normalize).collect(Collectors.toSet())).as(id)
                        .isEqualTo(published);
            }
        }
    }

    @Test
    void performanceManagementCountsThisYearsProjectsAndKnowsWhichHaveForms() {
        assertThat(figures.performance().projects()).isEqualTo(23);
        assertThat(figures.performance().projectsWithForms()).isEqualTo(22);
    }

    private static void assertChange(Change change, Change.Direction direction, String amount, String rate) {
        assertThat(change.direction()).isEqualTo(direction);
        assertThat(change.magnitude().toWanYuan().plain()).isEqualTo(amount);
        if (rate != null) {
            assertThat(change.rate()).isEqualByComparingTo(rate);
        }
    }

    private static BigDecimal wan(Yuan yuan) {
        return yuan.toWanYuan().value();
    }

    private static Share share(List<Share> shares, String label) {
        return shares.stream().filter(s -> s.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no share " + label + " in " + shares));
    }

    private static List<SheetRow> golden() throws IOException {
        try (InputStream in = GoldenNarrativeTest.class.getResourceAsStream("/golden/shangdang-2023/checks_narrative.csv")) {
            return Sheet.fromRows("checks_narrative", Csv.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)))
                    .rows();
        }
    }
}
