package org.yusuan.workbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.workbench.audit.Finding;
import org.yusuan.workbench.calc.table.Cell;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.calc.table.TableRow;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.FundYear;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.classification.Classification;
import org.yusuan.workbench.domain.classification.CodeSuccessors;
import org.yusuan.workbench.domain.input.BudgetFileException;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.domain.narrative.PriorYearItem;
import org.yusuan.workbench.exchange.catalog.BuiltInCatalog;

/** 新建下一年度预算 on real budget files: the shipped sample as last year's file. */
class NextYearTest {

    private static final BudgetFiles FILES = new BudgetFiles();

    @TempDir
    static Path shared;
    static Path sample;
    static List<DisclosureTable> sampleTables;
    static Budget sampleBudget;

    @TempDir
    Path dir;

    @BeforeAll
    static void createSampleOnce() {
        sample = shared.resolve("上党分局2023.mv.db");
        FILES.createWithSample(sample);
        try (BudgetFile file = FILES.open(sample)) {
            // The 区划, entered once, is the department's and goes on to next year.
            var workspace = file.workspace().orElseThrow();
            var department = workspace.budget().department();
            workspace.apply(new Edit.DepartmentChange("区划", department, department.withDivisionCode("140404")));
            sampleTables = file.tables().orElseThrow();
            sampleBudget = file.budget().orElseThrow();
        }
    }

    @Test
    void theAccountantsOwnWordingAndTheUnitVariantGoOnToNextYear() throws IOException {
        Path last = dir.resolve("单位2023.mv.db");
        Files.copy(sample, last);
        try (BudgetFile file = FILES.open(last)) {
            var workspace = file.workspace().orElseThrow();
            WordingEdits.useShipped(workspace, org.yusuan.workbench.service.wording.WordingTemplates.Variant.UNIT);
            assertThat(WordingEdits.setText(workspace, "table.t10.title", "{year}年财政拨款安排“三公”经费预算表"))
                    .isEmpty();
        }
        Path next = dir.resolve("单位2024.mv.db");

        NextYearReport report = FILES.createNextYear(last, next);

        try (BudgetFile file = FILES.open(next)) {
            var wording = file.wording().orElseThrow();
            assertThat(wording.text("table.t10.title")).as("the accountant's own title").contains(
                    "{year}年财政拨款安排“三公”经费预算表");
            assertThat(wording.text("table.t01.title")).as("the shipped title of the new year").contains(
                    "{year}年预算收支总表");
            assertThat(file.tables().orElseThrow().get(9).title()).isEqualTo("2024年财政拨款安排“三公”经费预算表");
            assertThat(wording.texts().values()).as("still the 单位预算 variant").anyMatch(t -> t.contains("单位预算"))
                    .noneMatch(t -> t.contains("部门预算"));
        }
        assertThat(report.sentences()).contains("文本与标题：沿用上年修改或导入的 1 项文字，其余按本年度内置模板。");
    }

    @Test
    void theNewYearsPriorYearFiguresAreLastYearsDerivedFiguresAndLastYearsFileIsUnchanged() throws IOException {
        String before = sha256(sample);
        Path next = dir.resolve("上党分局2024.mv.db");

        NextYearReport report = FILES.createNextYear(sample, next);

        assertThat(sha256(sample)).as("last year's file byte-identical").isEqualTo(before);
        Budget budget;
        try (BudgetFile file = FILES.open(next)) {
            budget = file.budget().orElseThrow();
        }
        assertThat(budget.department().budgetYear()).isEqualTo(2024);
        assertThat(budget.department().name()).isEqualTo(sampleBudget.department().name());
        assertThat(budget.department().divisionCode()).isEqualTo("140404");
        Map<PriorYearItem, Yuan> prior = budget.priorYear();
        assertThat(prior).isEqualTo(report.priorYear());
        DisclosureTable t1 = table(1);
        assertThat(prior.get(PriorYearItem.INCOME_TOTAL)).isEqualTo(exact(t1, "grandTotal", 1));
        assertThat(prior.get(PriorYearItem.EXPENDITURE_TOTAL)).isEqualTo(exact(t1, "grandTotal", 3));
        assertThat(prior.get(PriorYearItem.GENERAL_PUBLIC_CURRENT)).isEqualTo(firstAmount(table(5), "total"));
        assertThat(prior.get(PriorYearItem.OFFICIAL_OVERSEAS_TRAVEL)).isEqualTo(exact(table(10), "overseasTravel", 1));
        assertThat(prior.get(PriorYearItem.OFFICIAL_RECEPTION)).isEqualTo(exact(table(10), "reception", 1));
        assertThat(prior.get(PriorYearItem.OFFICIAL_VEHICLE_PURCHASE)).isEqualTo(exact(table(10), "vehiclePurchase", 1));
        assertThat(prior.get(PriorYearItem.OFFICIAL_VEHICLE_OPERATION)).isEqualTo(exact(table(10), "vehicleOperation", 1));
        assertThat(prior.get(PriorYearItem.ADMINISTRATIVE_RUNNING)).isEqualTo(exact(table(11), "department", 1));
        // Not the hand-typed 上年数 of the sample (its own prior year, 2022): last year's derived figures.
        assertThat(prior.get(PriorYearItem.INCOME_TOTAL)).isNotEqualTo(sampleBudget.priorYear().get(PriorYearItem.INCOME_TOTAL));
        assertThat(report.sentences()).anySatisfy(s -> assertThat(s).contains("上年数已按 2023 年度预算"));
    }

    @Test
    void basicLinesUnitsStaffingAssetsAndContinuingProjectsAreCarriedEndedOnesListed() {
        Path next = dir.resolve("next.mv.db");

        NextYearReport report = FILES.createNextYear(sample, next);

        Budget budget;
        List<Finding> catalogNotice;
        try (BudgetFile file = FILES.open(next)) {
            budget = file.budget().orElseThrow();
            catalogNotice = file.audit().orElseThrow().ofRule("C.year");
        }
        assertThat(catalogNotice).as("the audit says the 2023 catalog is carried").hasSize(1);
        assertThat(budget.units()).isEqualTo(sampleBudget.units());
        assertThat(budget.staffing()).isEqualTo(sampleBudget.staffing());
        assertThat(budget.stateAssets()).isEqualTo(sampleBudget.stateAssets());
        assertThat(budget.basicTotal(FundYear.CURRENT)).isEqualTo(sampleBudget.basicTotal(FundYear.CURRENT));
        assertThat(budget.basicTotal(FundYear.CARRIED_OVER)).isEqualTo(Yuan.ZERO);
        // The sample's projects are 一次性 with 项目期 "1年" (ended with 2023), one 经常性 "3年" (start unknown:
        // kept, check) and one without attribute or period (kept, check); the six 上年结转 ones are left out.
        assertThat(budget.projects()).extracting(Project::code).containsExactly("012002-008", "012003-001");
        assertThat(report.toCheck()).extracting(NextYearReport.ProjectNote::code)
                .containsExactly("012002-008", "012003-001");
        assertThat(report.ended()).hasSize(21).extracting(NextYearReport.ProjectNote::period).containsOnly("1年");
        assertThat(report.carriedOverLeftOut()).hasSize(6);
        assertThat(report.ended().size() + report.toCheck().size() + report.carriedOverLeftOut().size())
                .isEqualTo(sampleBudget.projects().size());
        Project continuing = budget.project("012003-001").orElseThrow();
        assertThat(continuing.total()).isEqualTo(sampleBudget.project("012003-001").orElseThrow().total());
        // Forms: the continuing projects' with both trees of targets as they were (the 年度 ones a draft).
        assertThat(budget.formOf("012003-001").orElseThrow().indicators())
                .isEqualTo(sampleBudget.formOf("012003-001").orElseThrow().indicators());
        assertThat(budget.forms()).allSatisfy(f -> assertThat(f.isDepartmentWide()
                || budget.project(f.projectCode()).isPresent()).isTrue());
        assertThat(report.sentences()).anySatisfy(s -> assertThat(s).contains("012001-001").contains("1年"));
        // The shipped catalogs have no 2024 year: the 2023 one is used, with a notice.
        assertThat(report.catalogOfItsOwn()).isFalse();
        assertThat(report.catalogYear()).isEqualTo(2023);
        assertThat(report.sentences()).anySatisfy(s -> assertThat(s).contains("程序没有 2024 年度的科目目录，沿用 2023 年度科目目录"));
        assertThat(report.unmapped()).isEmpty();
    }

    @Test
    void aTargetThatExistsIsRefusedInWordsAndLeftAsItWas() throws IOException {
        Path next = dir.resolve("exists.mv.db");
        Files.writeString(next, "not mine");
        String before = sha256(next);

        assertThatThrownBy(() -> FILES.createNextYear(sample, next))
                .isInstanceOf(BudgetFileException.class)
                .hasMessageContaining("已经存在").hasMessageContaining("exists.mv.db");

        assertThat(sha256(next)).isEqualTo(before);
        assertThatThrownBy(() -> FILES.createNextYear(sample, sample)).isInstanceOf(BudgetFileException.class)
                .hasMessageContaining("已经存在");
    }

    @Test
    void aMissingOrForeignLastYearFileIsRefusedAndNoFileIsCreated() throws IOException {
        Path next = dir.resolve("next.mv.db");
        assertThatThrownBy(() -> FILES.createNextYear(dir.resolve("nowhere.mv.db"), next))
                .isInstanceOf(BudgetFileException.class).hasMessageContaining("找不到预算文件");
        Path foreign = dir.resolve("foreign.mv.db");
        Files.writeString(foreign, "H:2,this is not a budget");
        assertThatThrownBy(() -> FILES.createNextYear(foreign, next)).isInstanceOf(BudgetFileException.class);
        assertThat(next).doesNotExist();
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("nothing left beside the foreign file")
                    .containsExactly("foreign.mv.db");
        }
    }

    @Test
    void codesMoveThroughTheYearToYearMappingAndThoseWithoutASuccessorAreKeptAndListed() throws IOException {
        BuiltInCatalog shelf = BuiltInCatalog.inFolder(shelfWithA2024Catalog());
        Path next = dir.resolve("mapped.mv.db");

        NextYearReport report = NextYear.create(sample, next, shelf);

        assertThat(report.catalogOfItsOwn()).isTrue();
        assertThat(report.catalogYear()).isEqualTo(2024);
        Budget budget;
        List<Finding> unknown;
        try (BudgetFile file = FILES.open(next)) {
            budget = file.budget().orElseThrow();
            unknown = file.audit().orElseThrow().findings().stream().filter(f -> f.ruleId().equals("C.unknown")).toList();
        }
        // 2040221 renumbered 2040224: the continuing project's line moved.
        assertThat(budget.project("012003-001").orElseThrow().lines().get(0).functionCode()).isEqualTo("2040224");
        assertThat(report.recoded()).singleElement().satisfies(n -> {
            assertThat(n.oldCode()).isEqualTo("2040221");
            assertThat(n.newCode()).isEqualTo("2040224");
        });
        // 2080505 withdrawn, 2210201 split, 30231 gone without a word in the mapping: kept and listed, never dropped.
        long withdrawn = sampleBudget.basicLines().stream().filter(l -> l.fundYear() == FundYear.CURRENT
                && l.functionCode().equals("2080505")).count();
        long split = sampleBudget.basicLines().stream().filter(l -> l.fundYear() == FundYear.CURRENT
                && l.functionCode().equals("2210201")).count();
        assertThat(withdrawn).isPositive();
        assertThat(split).isPositive();
        assertThat(report.unmapped()).filteredOn(n -> n.oldCode().equals("2080505")).hasSize((int) withdrawn)
                .allSatisfy(n -> assertThat(n.fate()).isInstanceOf(CodeSuccessors.Withdrawn.class));
        assertThat(report.unmapped()).filteredOn(n -> n.oldCode().equals("2210201")).hasSize((int) split)
                .allSatisfy(n -> assertThat(n.fate()).isInstanceOf(CodeSuccessors.Split.class));
        assertThat(report.unmapped()).filteredOn(n -> n.oldCode().equals("30231"))
                .anySatisfy(n -> assertThat(n.where()).contains("012002-008").contains("明细第 1 行"))
                .anySatisfy(n -> assertThat(n.where()).startsWith("基本支出第"))
                .allSatisfy(n -> assertThat(n.fate()).isInstanceOf(CodeSuccessors.Same.class));
        assertThat(budget.basicLines()).filteredOn(l -> l.functionCode().equals("2080505")).hasSize((int) withdrawn);
        assertThat(budget.basicTotal(FundYear.CURRENT)).isEqualTo(sampleBudget.basicTotal(FundYear.CURRENT));
        // The audit's catalog rule flags every one of them.
        assertThat(unknown).hasSize(report.unmapped().size());
        assertThat(report.sentences()).anySatisfy(s -> assertThat(s).contains("2080505").contains("已撤销"))
                .anySatisfy(s -> assertThat(s).contains("2210201").contains("2210202、2210203"))
                .anySatisfy(s -> assertThat(s).contains("2040221 → 2040224"));

        // And on to 2025 (no 2025 catalog on the shelf): the file's 2024 catalog is carried, nothing is moved
        // again, and the lines still without a code of the catalog are listed again.
        NextYearReport after = NextYear.create(next, dir.resolve("2025.mv.db"), shelf);
        assertThat(after.catalogYear()).isEqualTo(2024);
        assertThat(after.catalogOfItsOwn()).isFalse();
        assertThat(after.recoded()).isEmpty();
        assertThat(after.unmapped()).extracting(NextYearReport.CodeNote::oldCode)
                .containsExactlyInAnyOrderElementsOf(report.unmapped().stream().map(NextYearReport.CodeNote::oldCode).toList());
    }

    @Test
    void theYearsCompleteOfficialListReplacesTheCarriedCatalogAndTheLinesItLacksAreListed() throws IOException {
        Path next = dir.resolve("2024.mv.db");
        FILES.createNextYear(sample, next);
        Path partial = dir.resolve("补充.csv");
        Files.writeString(partial, "分类,科目编码,科目名称,年度\n支出功能分类,2040298,新增测试项,2024\n");
        Path official = dir.resolve("2024科目.csv");
        Files.writeString(official, resource("catalog.csv").replace(",2023\n", ",2024\n")
                .replaceAll("支出功能分类,2080505,[^\n]*\n", ""));

        try (BudgetFile file = FILES.open(next)) {
            // A partial list cannot stand alone (its parents are in the carried catalog): merged, as before.
            CatalogUpdate.Outcome merged = file.importCatalog(partial);
            assertThat(merged.problems()).isEmpty();
            assertThat(merged.replaced()).isFalse();
            assertThat(file.audit().orElseThrow().ofRule("C.unknown")).isEmpty();

            CatalogUpdate.Outcome replaced = file.importCatalog(official);

            assertThat(replaced.problems()).isEmpty();
            assertThat(replaced.replaced()).isTrue();
            var audit = file.audit().orElseThrow();
            assertThat(audit.ofRule("C.year")).isEmpty();
            long lines = sampleBudget.basicLines().stream().filter(l -> l.fundYear() == FundYear.CURRENT
                    && l.functionCode().equals("2080505")).count();
            assertThat(audit.ofRule("C.unknown")).hasSize((int) lines)
                    .allSatisfy(f -> assertThat(f.message()).contains("2080505"));
        }
    }

    /** The shipped 2023 catalog and a 2024 one with a code renumbered, one withdrawn, one split, one gone. */
    private Path shelfWithA2024Catalog() throws IOException {
        Path shelf = dir.resolve("catalogs");
        Path y2023 = Files.createDirectories(shelf.resolve("2023"));
        Path y2024 = Files.createDirectories(shelf.resolve("2024"));
        String catalog = resource("catalog.csv");
        String mapping = resource("mapping.csv");
        Files.writeString(y2023.resolve("catalog.csv"), catalog);
        Files.writeString(y2023.resolve("mapping.csv"), mapping);
        String next = catalog.replace(",2023\n", ",2024\n")
                .replace("支出功能分类,2040221,特别业务,2024\n", "")
                .replace("支出功能分类,2040222,特勤业务,2024\n", "支出功能分类,2040222,特勤业务,2024\n支出功能分类,2040224,特别业务,2024\n")
                .replace("支出功能分类,2080505,机关事业单位基本养老保险缴费支出,2024\n", "")
                .replaceAll("部门预算支出经济分类,30231,[^\n]*\n", "")
                .replaceAll("支出功能分类,2210201,[^\n]*\n", "");
        assertThat(next).doesNotContain(",2040221,").contains(",2040224,").doesNotContain(",2080505,")
                .doesNotContain(",30231,").doesNotContain(",2210201,").contains(",2210202,").contains(",2210203,");
        Files.writeString(y2024.resolve("catalog.csv"), next);
        Files.writeString(y2024.resolve("mapping.csv"), mapping);
        Files.writeString(y2024.resolve("successors.csv"), "分类,原科目编码,新科目编码,说明\n"
                + "支出功能分类,2040221,2040224,测试：改号\n"
                + "支出功能分类,2080505,,测试：撤销\n"
                + "支出功能分类,2210201,2210202,测试：分为两项\n"
                + "支出功能分类,2210201,2210203,测试：分为两项\n");
        return shelf;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = NextYearTest.class.getResourceAsStream("/org/yusuan/workbench/catalog/2023/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static DisclosureTable table(int number) {
        return sampleTables.stream().filter(t -> t.number() == number).findFirst().orElseThrow();
    }

    private static Yuan exact(DisclosureTable table, String row, int column) {
        return ((Cell.Amount) table.row(row).orElseThrow().cell(column)).exact();
    }

    private static Yuan firstAmount(DisclosureTable table, String row) {
        TableRow r = table.row(row).orElseThrow();
        return r.cells().stream().filter(c -> c instanceof Cell.Amount).map(c -> ((Cell.Amount) c).exact())
                .findFirst().orElseThrow();
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
