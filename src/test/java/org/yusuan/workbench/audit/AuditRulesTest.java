package org.yusuan.workbench.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.yusuan.workbench.calc.SampleFixture;
import org.yusuan.workbench.calc.table.Cell;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.calc.table.TableRow;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.ExpenseKind;
import org.yusuan.workbench.domain.classification.CatalogEntry;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;
import org.yusuan.workbench.domain.classification.Classification;
import org.yusuan.workbench.domain.classification.EconomicMapping;
import org.yusuan.workbench.domain.classification.UnitCategory;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.domain.performance.FormFunds;
import org.yusuan.workbench.domain.performance.FormTexts;
import org.yusuan.workbench.domain.performance.Indicator;

/** One planted fault per rule: the small clean budget then shows that rule's findings and no other. */
class AuditRulesTest {

    private static final ChartOfAccounts CHART = SampleFixture.CHART;

    private static AuditReport audit(Budget budget) {
        return audit(budget, CHART);
    }

    private static AuditReport audit(Budget budget, ChartOfAccounts chart) {
        return Audit.standard().run(budget, chart);
    }

    private static List<String> rules(AuditReport report) {
        return report.findings().stream().map(Finding::ruleId).distinct().toList();
    }

    @Test
    void theCleanBudgetHasNoFindings() {
        assertThat(audit(new TinyBudget().build()).findings()).isEmpty();
    }

    @Test
    void everyRuleHasAnIdTitleAndDescriptionAndIdsAreUnique() {
        List<AuditRule> all = Audit.standard().rules();
        assertThat(all).extracting(AuditRule::id).doesNotHaveDuplicates();
        assertThat(all).allSatisfy(r -> {
            assertThat(r.title()).isNotBlank();
            assertThat(r.description()).isNotBlank();
        });
    }

    // --- codes ---------------------------------------------------------------------------------

    @Test
    void aCodeTheCatalogNoLongerHasIsAnError() {
        // A later catalog without 2040202 (e.g. renumbered in-year): the project line still uses it.
        ChartOfAccounts without = new ChartOfAccounts(CHART.allEntries().stream()
                .filter(e -> !e.code().equals("2040202")).toList(), CHART.mappings());

        AuditReport report = audit(new TinyBudget().build(), without);

        assertThat(rules(report)).containsExactly("C.unknown");
        Finding f = report.findings().get(0);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message()).contains("2040202", "执法办案经费", "不在本年度科目目录中");
        assertThat(f.ref()).isEqualTo(RecordRef.projectLine(TinyBudget.UNIT, TinyBudget.PROJECT, 1));
    }

    @Test
    void aCatalogOfAnEarlierYearThanTheBudgetIsANotice() {
        Budget budget = new TinyBudget().build();
        Budget nextYear = budget.withDepartment(new org.yusuan.workbench.domain.budget.Department(
                budget.department().code(), budget.department().name(), 2024, budget.department().framework()));

        AuditReport report = audit(nextYear);

        assertThat(rules(report)).containsExactly("C.year");
        Finding f = report.findings().get(0);
        assertThat(f.severity()).isEqualTo(Severity.NOTICE);
        assertThat(f.message()).contains("预算年度为 2024 年，科目目录为 2023 年度（沿用）", "catalog import");
        // A code of the year added to the carried catalog: still carried. The year's list in its place: no notice.
        ChartOfAccounts added = new ChartOfAccounts(java.util.stream.Stream.concat(CHART.allEntries().stream(),
                java.util.stream.Stream.of(new CatalogEntry(Classification.FUNCTIONAL, "2040298", "新增", 2024, "导入")))
                .toList(), CHART.mappings());
        assertThat(rules(audit(nextYear, added))).containsExactly("C.year");
        ChartOfAccounts replaced = new ChartOfAccounts(CHART.allEntries().stream()
                .map(e -> new CatalogEntry(e.classification(), e.code(), e.name(), 2024, "导入")).toList(),
                CHART.mappings());
        assertThat(audit(nextYear, replaced).findings()).isEmpty();
    }

    @Test
    void aBasicLineWithoutGovernmentCodeIsAnError() {
        ChartOfAccounts noMapping = new ChartOfAccounts(CHART.allEntries(), CHART.mappings().stream()
                .filter(m -> !(m.category() == UnitCategory.ADMINISTRATIVE && m.departmentalCode().equals("30201")))
                .toList());

        AuditReport report = audit(new TinyBudget().build(), noMapping);

        assertThat(rules(report)).containsExactly("C.government");
        assertThat(report.findings().get(0).ref().kind()).isEqualTo(RecordKind.BASIC_LINE);
        assertThat(report.findings().get(0).ref().index()).isEqualTo(2);
        assertThat(report.findings().get(0).message()).contains("30201", "没有政府经济科目");
    }

    @Test
    void anOverrideCoversAMissingMapping() {
        ChartOfAccounts noMapping = new ChartOfAccounts(CHART.allEntries(), CHART.mappings().stream()
                .filter(m -> !m.departmentalCode().equals("30201")).toList());
        TinyBudget b = new TinyBudget();
        b.basicLines.set(1, TinyBudget.basic("2040201", "30201", "20000.00", "50201", null));

        assertThat(audit(b.build(), noMapping).findings()).isEmpty();
    }

    // --- forms ---------------------------------------------------------------------------------

    @Test
    void aCurrentProjectWithoutFormIsAnError() {
        TinyBudget b = new TinyBudget();
        b.withForm = false;

        AuditReport report = audit(b.build());

        assertThat(rules(report)).containsExactly("F.missing");
        assertThat(report.findings().get(0).ref()).isEqualTo(RecordRef.project(TinyBudget.UNIT, TinyBudget.PROJECT));
        assertThat(report.hasErrors()).isTrue();
    }

    @Test
    void aFormTotalDifferentFromTheBudgetIsAnError() {
        TinyBudget b = new TinyBudget();
        b.year = TinyBudget.funds("60000.00");
        b.implementation = TinyBudget.funds("60000.00");

        AuditReport report = audit(b.build());

        assertThat(rules(report)).containsExactly("F.total");
        assertThat(report.findings().get(0).message()).contains("60,000.00元", "50,000.00元", "10,000.00元");
        assertThat(report.findings().get(0).ref()).isEqualTo(RecordRef.form(TinyBudget.PROJECT));
    }

    @Test
    void fundingLevelsThatDoNotAddUpAreAnError() {
        TinyBudget b = new TinyBudget();
        Yuan total = Yuan.parse("50000.00");
        b.year = new FormFunds(total, Yuan.parse("10000.00"), null, Yuan.parse("30000.00"), null, null);

        AuditReport report = audit(b.build());

        assertThat(rules(report)).containsExactly("F.sources");
        assertThat(report.findings()).singleElement().satisfies(f -> assertThat(f.message()).contains("年度", "40,000.00元"));
    }

    @Test
    void anImplementationTotalBelowTheYearIsAWarning() {
        TinyBudget b = withIndicator(3, i -> new Indicator(i.level1(), i.level2(), i.name(), "≤40000元", "≤50000元"));
        b.implementation = TinyBudget.funds("40000.00");

        AuditReport report = audit(b.build());

        assertThat(rules(report)).containsExactly("F.period");
        assertThat(report.findings().get(0).severity()).isEqualTo(Severity.WARNING);
    }

    // --- indicators ----------------------------------------------------------------------------

    private static TinyBudget withIndicator(int index, UnaryOperator<Indicator> change) {
        TinyBudget b = new TinyBudget();
        b.indicators.set(index, change.apply(b.indicators.get(index)));
        return b;
    }

    @Test
    void aMalformedValueIsAWarningNamingTheIndicator() {
        TinyBudget b = withIndicator(0, i -> new Indicator(i.level1(), i.level2(), i.name(), "很多次", "很多次"));

        AuditReport report = audit(b.build());

        assertThat(rules(report)).containsExactly("I.value");
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("执法记录仪购置数量", "实施期和年度", "很多次");
            assertThat(f.ref()).isEqualTo(RecordRef.indicator(TinyBudget.PROJECT, 1));
        });
    }

    @Test
    void aDoubledValueIsADoubledWordNotAlsoMalformed() {
        TinyBudget b = withIndicator(4, i -> new Indicator(i.level1(), i.level2(), i.name(), "提高", "提高提高"));

        AuditReport report = audit(b.build());

        assertThat(rules(report)).containsExactly("I.doubled");
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("年度指标值「提高提高」").doesNotContain("实施期指标值");
            assertThat(f.ref()).isEqualTo(RecordRef.indicator(TinyBudget.PROJECT, 5));
        });
    }

    @Test
    void aDoubledWordInAnIndicatorNameIsAWarning() {
        TinyBudget b = withIndicator(4, i -> new Indicator(i.level1(), i.level2(), "执法执法规范化水平", "提高", "提高"));

        assertThat(rules(audit(b.build()))).containsExactly("I.doubled");
    }

    @Test
    void anEmptyCostIndicatorIsAWarning() {
        TinyBudget b = new TinyBudget();
        b.indicators.remove(3);

        AuditReport report = audit(b.build());

        assertThat(rules(report)).containsExactly("I.cost");
        assertThat(report.findings().get(0).ref()).isEqualTo(RecordRef.form(TinyBudget.PROJECT));
    }

    @Test
    void aCostAboveTheProjectsMoneyIsAWarning() {
        TinyBudget b = withIndicator(3, i -> new Indicator(i.level1(), i.level2(), i.name(), "≤50000元", "≤6万元"));

        AuditReport report = audit(b.build());

        assertThat(rules(report)).containsExactly("I.cost-amount");
        assertThat(report.findings()).singleElement().satisfies(f -> assertThat(f.message()).contains("年度", "≤6万元"));
    }

    @Test
    void aRateIsNotComparedWithTheProjectsMoney() {
        TinyBudget b = withIndicator(3, i -> new Indicator(i.level1(), i.level2(), i.name(), "≤60000元/台", "≤60000元/台"));

        assertThat(audit(b.build()).findings()).isEmpty();
    }

    @Test
    void aRequiredSecondLevelWithoutIndicatorsIsAWarning() {
        TinyBudget b = new TinyBudget();
        b.indicators.remove(5);

        AuditReport report = audit(b.build());

        assertThat(rules(report)).containsExactly("I.levels");
        assertThat(report.findings().get(0).message()).contains("满意度指标—服务对象满意度指标");
    }

    @Test
    void anyOneBenefitSecondLevelIsEnough() {
        TinyBudget b = withIndicator(4, i -> new Indicator(i.level1(), "可持续影响指标", i.name(), "提高", "提高"));

        assertThat(audit(b.build()).findings()).isEmpty();
    }

    // --- texts ---------------------------------------------------------------------------------

    @Test
    void aDoubledWordInAProjectNameIsANotice() {
        TinyBudget b = new TinyBudget();
        b.projectName = "执法办案办案经费";

        AuditReport report = audit(b.build());

        assertThat(rules(report)).containsExactly("X.doubled");
        assertThat(report.findings().get(0).severity()).isEqualTo(Severity.NOTICE);
        assertThat(report.findings().get(0).message()).contains("办案");
    }

    @Test
    void twoCaptionsWithTheSameTextAreANotice() {
        TinyBudget b = new TinyBudget();
        FormTexts t = b.texts;
        b.texts = new FormTexts(t.overview(), t.basis(), t.necessity(), t.necessity(), t.plan(), t.goalImplementation(),
                t.goalYear(), t.personInCharge(), t.handler(), t.phone(), t.filledOn());

        AuditReport report = audit(b.build());

        assertThat(rules(report)).containsExactly("X.copied");
        assertThat(report.findings().get(0).message()).contains("项目设立必要性", "保证项目实施的制度措施");
    }

    @Test
    void htmlTagsInAFormTextAreANotice() {
        TinyBudget b = new TinyBudget();
        FormTexts t = b.texts;
        b.texts = new FormTexts(t.overview(), t.basis(), t.necessity(), t.safeguards(), "<p>2023年上半年完成采购。</p>",
                t.goalImplementation(), t.goalYear(), t.personInCharge(), t.handler(), t.phone(), t.filledOn());

        assertThat(rules(audit(b.build()))).containsExactly("X.markup");
    }

    // --- overrides -----------------------------------------------------------------------------

    @Test
    void anExpenseKindAgainstTheDefaultIsANotice() {
        TinyBudget b = new TinyBudget();
        b.basicLines.set(1, TinyBudget.basic("2040201", "30201", "20000.00", null, ExpenseKind.PERSONNEL));

        AuditReport report = audit(b.build());

        assertThat(rules(report)).containsExactly("O.kind");
        assertThat(report.findings().get(0).message()).contains("30201", "人员经费", "公用经费");
    }

    @Test
    void anOverrideEqualToTheDefaultIsNotReported() {
        TinyBudget b = new TinyBudget();
        b.basicLines.set(1, TinyBudget.basic("2040201", "30201", "20000.00", "50201", ExpenseKind.PUBLIC));

        assertThat(audit(b.build()).findings()).isEmpty();
    }

    @Test
    void aGovernmentCodeAgainstTheMappingIsANotice() {
        TinyBudget b = new TinyBudget();
        b.basicLines.set(0, TinyBudget.basic("2040201", "30101", "100000.00", "50501", null));

        AuditReport report = audit(b.build());

        assertThat(rules(report)).containsExactly("O.government");
        assertThat(report.findings().get(0).message()).contains("50501", "50101");
    }

    // --- tables --------------------------------------------------------------------------------

    @Test
    void moneyOnAFunctionalClassTableOneDoesNotListBreaksItsBalance() {
        // A catalog import added 类 226 (not in the 2023 skeleton of table 1): its money is in the
        // totals but on no printed row.
        List<CatalogEntry> entries = new ArrayList<>(CHART.allEntries());
        for (String code : List.of("226", "22601", "2260101")) {
            entries.add(new CatalogEntry(Classification.FUNCTIONAL, code, "新增科目" + code, 2023, "test"));
        }
        TinyBudget b = new TinyBudget();
        b.projectFunction = "2260101";

        AuditReport report = audit(b.build(), new ChartOfAccounts(entries, CHART.mappings()));

        assertThat(rules(report)).containsExactly("T.balance");
        assertThat(report.findings()).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.ref().kind()).isEqualTo(RecordKind.TABLE);
            assertThat(f.ref().tableNumber()).isEqualTo(1);
        });
        assertThat(report.findings()).anySatisfy(f -> assertThat(f.message()).contains("支出总计", "50,000.00元"));
    }

    /** The derived table {@code number} with one yuan added to the given cells of the given rows. */
    private static DisclosureTable plusOneYuan(AuditContext context, int number, List<String> rows, int... columns) {
        DisclosureTable t = context.table(number);
        List<TableRow> changed = t.rows().stream().map(r -> {
            if (!rows.contains(r.code())) {
                return r;
            }
            List<Cell> cells = new ArrayList<>(r.cells());
            for (int c : columns) {
                Cell.Amount a = (Cell.Amount) cells.get(c);
                cells.set(c, new Cell.Amount(a.value(), a.exact().plus(Yuan.parse("1.00"))));
            }
            return new TableRow(r.kind(), r.code(), cells);
        }).toList();
        return new DisclosureTable(t.number(), t.title(), t.departmentName(), t.header(), changed, t.hasData());
    }

    private static AuditReport auditTampered(int table, List<String> rows, int... columns) {
        AuditContext context = AuditContext.of(new TinyBudget().build(), CHART);
        return Audit.standard().run(context.withTable(plusOneYuan(context, table, rows, columns)));
    }

    @Test
    void aRollupThatDoesNotAddUpIsAnError() {
        // Table 2, 财政专户管理资金 column of one 项: its 款 no longer adds up.
        AuditReport report = auditTampered(2, List.of("2040201"), 6);

        assertThat(rules(report)).containsExactly("T.rollup");
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.ref()).isEqualTo(RecordRef.table(2, "20402"));
            assertThat(f.message()).contains("财政专户管理资金", "相差 -1.00元");
        });
    }

    @Test
    void aRowWhoseTotalIsNotBasicPlusProjectIsAnError() {
        // Table 3 基本支出 one yuan higher on every level: the rollup still holds, the split does not.
        AuditReport report = auditTampered(3, List.of("total", "204", "20402", "2040201"), 3);

        assertThat(rules(report)).containsExactly("T.split");
        assertThat(report.findings()).hasSize(4);
    }

    @Test
    void aUnitSubtotalThatIsNotItsProjectsIsAnError() {
        AuditReport report = auditTampered(12, List.of(TinyBudget.PROJECT), 1);

        assertThat(rules(report)).containsExactly("T.subtotal");
        assertThat(report.findings()).singleElement()
                .satisfies(f -> assertThat(f.ref()).isEqualTo(RecordRef.table(12, TinyBudget.UNIT)));
    }

    @Test
    void tablesThatDisagreeWithEachOtherAreAnError() {
        // Table 2 上年结转 one yuan higher on every level of one code: table 3 − table 5 no longer matches.
        AuditReport report = auditTampered(2, List.of("total", "204", "20402", "2040201"), 8);

        assertThat(rules(report)).containsExactly("T.cross");
        assertThat(report.findings()).hasSize(4);
    }

    @Test
    void roundingDifferencesAreANoticeNeverAnError() {
        // 12,345.00元 on two 项: each prints 1.23万元, the 款 prints 2.47万元 (exactly 2.469).
        TinyBudget b = new TinyBudget();
        b.basicLines = new ArrayList<>(List.of(TinyBudget.basic("2040201", "30101", "12345.00"),
                TinyBudget.basic("2040202", "30101", "12345.00")));

        AuditReport report = audit(b.build());

        assertThat(report.of(Severity.ERROR)).isEmpty();
        assertThat(rules(report)).containsExactly("T.rounding");
        assertThat(report.findings()).allSatisfy(f -> assertThat(f.message()).contains("尾差不是错误"));
    }

    @Test
    void findingsAreSortedBySeverityThenRule() {
        TinyBudget b = new TinyBudget();
        b.projectName = "执法办案办案经费";
        b.indicators.remove(3);
        b.withForm = false;
        b.basicLines.set(1, TinyBudget.basic("2040201", "30201", "20000.00", null, ExpenseKind.PERSONNEL));

        AuditReport report = audit(b.build());

        assertThat(report.findings()).extracting(Finding::severity)
                .containsExactly(Severity.ERROR, Severity.NOTICE, Severity.NOTICE);
        assertThat(report.findings()).extracting(Finding::ruleId).containsExactly("F.missing", "O.kind", "X.doubled");
    }
}
