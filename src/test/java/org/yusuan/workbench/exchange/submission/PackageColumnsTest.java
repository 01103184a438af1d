package org.yusuan.workbench.exchange.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.workbench.calc.SampleFixture;
import org.yusuan.workbench.domain.budget.BasicExpenditureLine;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.budget.ProjectLine;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.domain.narrative.StateAsset;
import org.yusuan.workbench.text.Csv;

/**
 * The columns added to a package's tables (数量 and 单价 of lines; count, unit and area of 国有资产)
 * travel and come back; a package of an earlier version, without them, is still read (data-formats.md
 * §4, "Compatible additions").
 */
class PackageColumnsTest {

    private static final KeyPair UNIT = Signatures.newKeyPair();
    /** The columns a package of the first version had. */
    private static final Map<String, Integer> ORIGINAL = Map.of("basic_lines", 9, "project_lines", 6, "state_assets", 3);

    @TempDir
    Path folder;

    /** The sample with quantities on two lines (3 × 33.33 = 99.99) and its assets as counts and areas. */
    private static Budget withQuantitiesAndCounts() {
        Budget sample = SampleFixture.budget();
        List<BasicExpenditureLine> basic = new ArrayList<>(sample.basicLines());
        BasicExpenditureLine first = basic.get(0);
        basic.set(0, first.withQuantity(new BigDecimal("1.00"), first.amount()));
        List<Project> projects = new ArrayList<>(sample.projects());
        Project p = projects.get(0);
        List<ProjectLine> lines = new ArrayList<>(p.lines());
        lines.set(0, lines.get(0).withQuantity(new BigDecimal("3.00"), Yuan.parse("33.33")));
        projects.set(0, new Project(p.id(), p.code(), p.unitCode(), p.name(), p.category(), p.attribute(), p.period(),
                p.fundYear(), p.procurement(), p.note(), lines));
        List<StateAsset> assets = List.of(new StateAsset("车辆", new BigDecimal("12.00"), null, null, null),
                new StateAsset("一般公务用车", new BigDecimal("2.00"), "辆", null, null),
                new StateAsset("办公用房", null, null, new BigDecimal("1234.50"), null),
                new StateAsset("设备", null, null, null, Yuan.parse("14363900.00")),
                new StateAsset("单价50万元以上设备", new BigDecimal("3.00"), "台（套）", null, null));
        return new Budget(sample.department(), sample.units(), sample.staffing(), basic, projects, sample.forms(),
                sample.priorYear(), assets, sample.narrative());
    }

    private static byte[] pack(Budget budget) throws Exception {
        var header = new Submission.Header(UUID.randomUUID(), null, Stage.FIRST_DRAFT, "140404", "test",
                Instant.parse("2026-11-28T00:00:00Z"));
        var out = new ByteArrayOutputStream();
        PackageWriter.write(new Submission(header, budget, SampleFixture.CHART, List.of(), List.of(), null), UNIT, out);
        return out.toByteArray();
    }

    @Test
    void quantitiesAndCountsTravelAndComeBack() throws Exception {
        Budget budget = withQuantitiesAndCounts();
        assertThat(budget.projects().get(0).lines().get(0).amount()).isEqualTo(Yuan.parse("99.99"));
        byte[] pkg = pack(budget);
        var entries = PackageTamperTest.entries(pkg);
        assertThat(header(entries, "basic_lines")).endsWith("quantity", "unit_price");
        assertThat(header(entries, "project_lines")).endsWith("quantity", "unit_price");
        assertThat(header(entries, "state_assets")).containsExactly("item", "quantity", "value", "item_name",
                "count_unit", "area");
        assertThat(text(entries, "state_assets")).contains(",一般公务用车,辆,", "OFFICE_BUILDINGS,,,,,1234.50");

        var verified = PackageReader.verify(file(pkg), Optional.of(Signatures.fingerprint(UNIT.getPublic())));

        assertThat(verified.budget()).isEqualTo(budget);
        ProjectLine line = verified.budget().projects().get(0).lines().get(0);
        assertThat(line.quantity()).isEqualByComparingTo("3");
        assertThat(line.unitPrice()).isEqualTo(Yuan.parse("33.33"));
        assertThat(verified.budget().basicLines().get(1).quantity()).isNull();
    }

    @Test
    void aPackageOfAnEarlierVersionWithoutTheAddedColumnsStillVerifies() throws Exception {
        Budget sample = SampleFixture.budget();
        var entries = PackageTamperTest.entries(pack(sample));
        for (var table : ORIGINAL.entrySet()) {
            List<List<String>> rows = Csv.parse(text(entries, table.getKey()));
            StringBuilder older = new StringBuilder();
            for (List<String> row : rows) {
                older.append(Csv.line(row.subList(0, table.getValue()))).append('\n');
            }
            entries.put("data/" + table.getKey() + ".csv", older.toString().getBytes(StandardCharsets.UTF_8));
        }
        // 国有资产 as the first version wrote them: the 平方米 of 房屋 items in quantity, a value on every row.
        StringBuilder assets = new StringBuilder("item,quantity,value\n");
        for (StateAsset a : sample.stateAssets()) {
            BigDecimal quantity = a.count() != null ? a.count() : a.area();
            assets.append(a.knownItem().orElseThrow().name()).append(',')
                    .append(quantity == null ? "" : quantity.toPlainString()).append(',')
                    .append(a.value().toPlainString()).append('\n');
        }
        entries.put("data/state_assets.csv", assets.toString().getBytes(StandardCharsets.UTF_8));
        entries.put(Descriptor.PATH, withoutAddedFields(entries.get(Descriptor.PATH)));
        PackageTamperTest.resign(entries, UNIT);
        assertThat(text(entries, "state_assets")).startsWith("item,quantity,value\nVEHICLES,128");

        var verified = PackageReader.verify(file(PackageWriter.zip(entries)),
                Optional.of(Signatures.fingerprint(UNIT.getPublic())));

        assertThat(verified.budget()).isEqualTo(sample);
        assertThat(verified.budget().basicLines()).allSatisfy(l -> assertThat(l.quantity()).isNull());
        assertThat(verified.budget().stateAssets().get(1).area()).isEqualByComparingTo("27117.86");
    }

    @Test
    void anAmountThatIsNotQuantityTimesUnitPriceIsRefused() throws Exception {
        var entries = PackageTamperTest.entries(pack(withQuantitiesAndCounts()));
        String lines = text(entries, "project_lines").replace(",99.99,", ",99.98,");
        entries.put("data/project_lines.csv", lines.getBytes(StandardCharsets.UTF_8));
        PackageTamperTest.resign(entries, UNIT);
        assertThatThrownBy(() -> PackageReader.verify(file(PackageWriter.zip(entries)), Optional.empty()))
                .isInstanceOf(PackageRefusal.class)
                .hasMessage("数据包中的「data/project_lines.csv」第 2 行无法读取：金额（amount）不等于数量×单价（quantity × unit_price，到分）。");
    }

    /** The descriptor as the first version wrote it: the added fields not in the tables' schemas. */
    @SuppressWarnings("unchecked")
    private static byte[] withoutAddedFields(byte[] descriptor) throws Exception {
        Set<String> added = Set.of("quantity", "unit_price", "item_name", "count_unit", "area");
        var root = (Map<String, Object>) Json.parse(new String(descriptor, StandardCharsets.UTF_8));
        for (Object r : (List<Object>) root.get("resources")) {
            var resource = (Map<String, Object>) r;
            String name = (String) resource.get("name");
            if (ORIGINAL.containsKey(name)) {
                var fields = (List<Object>) ((Map<String, Object>) resource.get("schema")).get("fields");
                fields.removeIf(f -> added.contains(((Map<String, Object>) f).get("name"))
                        && !(name.equals("state_assets") && ((Map<String, Object>) f).get("name").equals("quantity")));
            }
        }
        return Json.write(root).getBytes(StandardCharsets.UTF_8);
    }

    private static String text(Map<String, byte[]> entries, String table) {
        return new String(entries.get("data/" + table + ".csv"), StandardCharsets.UTF_8);
    }

    private static List<String> header(Map<String, byte[]> entries, String table) {
        return Csv.parse(text(entries, table)).get(0);
    }

    private Path file(byte[] bytes) throws Exception {
        Path file = folder.resolve("received.yspkg");
        Files.write(file, bytes);
        return file;
    }
}
