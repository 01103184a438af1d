package org.yusuan.workbench.service.bureau;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.workbench.calc.DisclosureTables;
import org.yusuan.workbench.calc.SampleFixture;
import org.yusuan.workbench.calc.table.Cell;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.calc.table.TableRow;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.exchange.submission.Signatures;
import org.yusuan.workbench.exchange.submission.TamperedPackages;
import org.yusuan.workbench.service.SigningKeys;
import org.yusuan.workbench.service.SubmissionExport;
import org.yusuan.workbench.testsupport.Departments;

/**
 * The bureau's store, the same suite on every kind of store (H2 in a temp folder, a real PostgreSQL
 * server): packages of real budgets in, consolidated tables out, to the cent; every bad file refused
 * with the store left exactly as it was.
 */
abstract class BureauContract {

    static final Instant MADE = Instant.parse("2026-11-20T08:00:00Z");
    static final Instant REMADE = Instant.parse("2026-11-25T08:00:00Z");

    @TempDir
    static Path packages;
    static Path sample;
    static Path sampleRevised;
    static Path second;
    static Path sampleUnderAnotherCode;
    static String sampleSigner;
    static String secondSigner;
    static Budget revised;

    private Bureau bureau;
    private String location;

    /** A location for a new, empty store of this kind. */
    abstract String newStore() throws Exception;

    /** Whether nothing was created at a location given to {@code open} that held no store. */
    abstract boolean untouched(String location) throws Exception;

    /** A plain JDBC connection to the store, for counting its rows behind the program's back. */
    abstract Connection connect(String location) throws Exception;

    @BeforeAll
    static void makePackages() throws Exception {
        var sampleKeys = new SigningKeys(packages.resolve("keys-sample"));
        var secondKeys = new SigningKeys(packages.resolve("keys-second"));
        sample = Departments.exportPackage(SampleFixture.budget(), packages.resolve("上党分局-2023-一上.yspkg"),
                sampleKeys, MADE);
        Budget s = SampleFixture.budget();
        var firstLine = s.basicLines().get(0);
        revised = s.withBasicLines(replaceFirst(s, firstLine.withAmount(firstLine.amount().plus(Yuan.parse("100.00")))));
        sampleRevised = Departments.exportPackage(revised, packages.resolve("上党分局-2023-一上-修改.yspkg"), sampleKeys,
                REMADE);
        second = Departments.exportPackage(Departments.department(1), packages.resolve("第二部门-2023-一上.yspkg"),
                secondKeys, MADE);
        sampleUnderAnotherCode = Departments.exportPackage(s.withDepartment(new org.yusuan.workbench.domain.budget
                .Department("999999", "借用编码的部门", 2023, s.department().framework())),
                packages.resolve("借用编码.yspkg"), secondKeys, MADE);
        sampleSigner = sampleKeys.fingerprint().orElseThrow();
        secondSigner = secondKeys.fingerprint().orElseThrow();
    }

    private static List<org.yusuan.workbench.domain.budget.BasicExpenditureLine> replaceFirst(Budget b,
            org.yusuan.workbench.domain.budget.BasicExpenditureLine line) {
        var lines = new ArrayList<>(b.basicLines());
        lines.set(0, line);
        return lines;
    }

    @BeforeEach
    void openStore() throws Exception {
        location = newStore();
        bureau = Bureau.init(location, Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void closeStore() {
        bureau.close();
    }

    @Test
    void oneDepartmentConsolidatesToItsOwnTablesEveryCell() throws Exception {
        trustBoth();
        assertThat(bureau.receive(List.of(sample))).singleElement()
                .satisfies(o -> assertThat(o.kind()).isEqualTo(ImportOutcome.Kind.ACCEPTED))
                .satisfies(o -> assertThat(o.differingCells()).isZero());
        Consolidation c = bureau.consolidate(2023, "一上", List.of());
        assertThat(c.tables()).isEqualTo(DisclosureTables.derive(SampleFixture.budget(), SampleFixture.CHART));
    }

    @Test
    void twoDepartmentsRoundEachCellFromTheExactTotal() throws Exception {
        trustBoth();
        bureau.receive(List.of(sample, second));
        var both = bureau.consolidate(2023, "一上", List.of());
        var a = DisclosureTables.derive(SampleFixture.budget(), SampleFixture.CHART);
        var b = DisclosureTables.derive(Departments.department(1), SampleFixture.CHART);
        int checked = 0;
        int roundedSumsDiffer = 0;
        for (int t = 1; t <= 13; t++) {
            DisclosureTable table = both.table(t);
            for (int r = 0; r < table.rows().size(); r++) {
                TableRow row = table.rows().get(r);
                for (int col = 0; col < row.cells().size(); col++) {
                    if (!(row.cell(col) instanceof Cell.Amount total)) {
                        continue;
                    }
                    Yuan exact = exact(a.get(t - 1), row, col).plus(exact(b.get(t - 1), row, col));
                    assertThat(total.exact()).as("table %d row %s column %d", t, row.code(), col).isEqualTo(exact);
                    assertThat(total.value() == null ? null : total.value().toString())
                            .isEqualTo(exact.isZero() ? null : exact.toWanYuan().toString());
                    checked++;
                    if (!exact.isZero() && exact.toWanYuan().value()
                            .compareTo(sumOfRounded(a.get(t - 1), b.get(t - 1), row, col)) != 0) {
                        roundedSumsDiffer++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(300);
        assertThat(roundedSumsDiffer).as("cells where the sum of rounded figures would be off by a rounding")
                .isPositive();
        assertThat(both.table(1).departmentName()).isEqualTo(Bureau.consolidatedName(2));
    }

    @Test
    void aPackageSentTwiceIsStoredOnce() throws Exception {
        trustBoth();
        bureau.receive(List.of(sample));
        Map<String, Long> before = rowCounts();
        Path copy = Files.copy(sample, packages.resolve("copy-of-sample.yspkg"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(bureau.receive(List.of(copy))).singleElement()
                .satisfies(o -> assertThat(o.kind()).isEqualTo(ImportOutcome.Kind.ALREADY_RECEIVED));
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void aNewerPackageReplacesTheOlderOneWhole() throws Exception {
        trustBoth();
        bureau.receive(List.of(sample, second));
        assertThat(bureau.receive(List.of(sampleRevised))).singleElement()
                .satisfies(o -> assertThat(o.kind()).isEqualTo(ImportOutcome.Kind.REPLACED));
        var alone = bureau.consolidate(2023, "一上", List.of(SampleFixture.budget().department().code()));
        assertThat(alone.tables()).isEqualTo(DisclosureTables.derive(revised, SampleFixture.CHART));
        assertThat(bureau.register()).extracting(e -> e.fileName() + ":" + e.current()).containsExactly(
                "上党分局-2023-一上.yspkg:false", "第二部门-2023-一上.yspkg:true", "上党分局-2023-一上-修改.yspkg:true");
        assertThat(rowCounts()).as("the replaced package's rows left with it")
                .containsEntry("dept_basic_line", 2L * revised.basicLines().size())
                .containsEntry("dept_project", 2L * revised.projects().size())
                .containsEntry("submission", 2L);
    }

    @Test
    void anOlderPackageDoesNotReplaceANewerOne() throws Exception {
        trustBoth();
        bureau.receive(List.of(sampleRevised));
        Map<String, Long> before = rowCounts();
        var outcome = bureau.receive(List.of(sample)).get(0);
        assertThat(outcome.kind()).isEqualTo(ImportOutcome.Kind.REFUSED);
        assertThat(outcome.message()).contains("上党分局-2023-一上-修改.yspkg");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void everyBadFileIsRefusedWithItsReasonAndTheStoreIsUnchanged() throws Exception {
        trustBoth();
        bureau.receive(List.of(second));
        Map<String, Long> before = rowCounts();
        var registerBefore = bureau.register();
        KeyPair stranger = Signatures.newKeyPair();
        Map<String, byte[]> bad = new LinkedHashMap<>(TamperedPackages.all(Files.readAllBytes(sample), stranger));
        for (var e : bad.entrySet()) {
            Path file = packages.resolve("bad.yspkg");
            Files.write(file, e.getValue());
            var outcome = bureau.receive(List.of(file)).get(0);
            assertThat(outcome.kind()).as(e.getKey()).isEqualTo(ImportOutcome.Kind.REFUSED);
            assertThat(outcome.message()).as(e.getKey()).isNotBlank().doesNotContain("Exception");
            assertThat(rowCounts()).as(e.getKey()).isEqualTo(before);
        }
        assertThat(bureau.register()).isEqualTo(registerBefore);
    }

    @Test
    void aLocationWithoutAStoreIsRefusedAndLeftAsItWas() throws Exception {
        String empty = newStore();
        assertThatThrownBy(() -> Bureau.open(empty, Clock.systemUTC()))
                .isInstanceOf(org.yusuan.workbench.domain.input.StoreException.class).hasMessageContaining("bureau init");
        assertThat(untouched(empty)).isTrue();
    }

    @Test
    void aDepartmentWithoutARegisteredSignerIsRefused() throws Exception {
        var outcome = bureau.receive(List.of(sample)).get(0);
        assertThat(outcome.kind()).isEqualTo(ImportOutcome.Kind.REFUSED);
        assertThat(outcome.message()).contains(SampleFixture.budget().department().code()).contains("bureau trust");
        assertThat(bureau.register()).isEmpty();
    }

    @Test
    void unitCodesOfAnotherDepartmentAreRefused() throws Exception {
        trustBoth();
        bureau.trust("999999", secondSigner);
        bureau.receive(List.of(sample));
        var outcome = bureau.receive(List.of(sampleUnderAnotherCode)).get(0);
        assertThat(outcome.kind()).isEqualTo(ImportOutcome.Kind.REFUSED);
        assertThat(outcome.message()).contains(SampleFixture.budget().units().get(0).code())
                .contains(SampleFixture.budget().department().code());
    }

    @Test
    void aConsolidatedCellDrillsDownToTheDepartmentsInIt() throws Exception {
        trustBoth();
        bureau.receive(List.of(sample, second));
        var both = bureau.consolidate(2023, "一上", List.of());
        TableRow total = both.table(1).rows().get(0);
        int col = 1;
        var contributions = both.contributions(1, 0, col);
        assertThat(contributions).extracting(Consolidation.Contribution::depCode).containsExactly(
                SampleFixture.budget().department().code(), Departments.department(1).department().code());
        assertThat(contributions.stream().map(Consolidation.Contribution::amount).reduce(Yuan.ZERO, Yuan::plus))
                .isEqualTo(((Cell.Amount) total.cell(col)).exact());
    }

    @Test
    void statusListsWhoHasSubmittedAndWhoIsMissing() throws Exception {
        trustBoth();
        bureau.trust("777777", secondSigner);
        bureau.receive(List.of(sample));
        var status = bureau.status(2023, "一上");
        assertThat(status.submitted()).extracting(e -> e.depCode()).containsExactly(
                SampleFixture.budget().department().code());
        assertThat(status.submitted().get(0).errors()).isPositive();
        assertThat(status.missing()).containsExactly(Departments.department(1).department().code(), "777777");
    }

    @Test
    void theUnitsExplanationKeptInItsFileReachesTheBureauWithItsFinding() throws Exception {
        Budget budget = SampleFixture.budget();
        var error = org.yusuan.workbench.audit.Audit.standard().run(budget, SampleFixture.CHART)
                .of(org.yusuan.workbench.audit.Severity.ERROR).get(0);
        Path explained = packages.resolve("附说明.yspkg");
        SubmissionExport.export(budget, SampleFixture.CHART, org.yusuan.workbench.domain.publication.Wording.NONE,
                Map.of(SubmissionExport.findingKey(error),
                        "绩效目标表由主管部门统一填报。"), explained,
                new SubmissionExport.Options("一上", "", null, false, true, Map.of()),
                new SigningKeys(packages.resolve("keys-sample")), Clock.fixed(MADE, ZoneOffset.UTC), step -> { });
        trustBoth();

        assertThat(bureau.receive(List.of(explained))).singleElement()
                .satisfies(o -> assertThat(o.kind()).isEqualTo(ImportOutcome.Kind.ACCEPTED));

        long fileId = bureau.register().get(0).fileId();
        // Matched by the finding's identifiers in the package, not by its 位置 text in the unit's language.
        assertThat(bureau.findings(fileId)).filteredOn(f -> f.ruleId().equals(error.ruleId()))
                .singleElement().satisfies(f -> assertThat(f.explanation()).isEqualTo("绩效目标表由主管部门统一填报。"));
        assertThat(bureau.findings(fileId)).filteredOn(f -> f.explanation() != null).hasSize(1);
    }

    private void trustBoth() {
        assertThat(bureau.trust(SampleFixture.budget().department().code(), sampleSigner)).isPresent();
        assertThat(bureau.trust(Departments.department(1).department().code(), secondSigner.toLowerCase()
                .replace(" ", ":"))).isPresent();
    }

    private static Yuan exact(DisclosureTable own, TableRow like, int col) {
        return own.rows().stream().filter(r -> r.kind() == like.kind() && r.code().equals(like.code())).findFirst()
                .map(r -> r.cell(col)).filter(c -> c instanceof Cell.Amount).map(c -> ((Cell.Amount) c).exact())
                .orElse(Yuan.ZERO);
    }

    private static java.math.BigDecimal sumOfRounded(DisclosureTable a, DisclosureTable b, TableRow like, int col) {
        return exact(a, like, col).toWanYuan().value().add(exact(b, like, col).toWanYuan().value());
    }

    /** Rows of every table of the store, counted over a connection of its own (the program's is closed). */
    private Map<String, Long> rowCounts() throws Exception {
        bureau.close();
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = connect(location); Statement s = c.createStatement()) {
            for (String table : List.of("store_info", "trusted_signer", "received_file", "chart", "chart_entry",
                    "chart_mapping", "submission", "dept_unit", "dept_basic_line", "dept_project", "dept_project_line",
                    "dept_finding")) {
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    r.next();
                    counts.put(table, r.getLong(1));
                }
            }
        }
        bureau = Bureau.open(location, Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC));
        return counts;
    }
}
