package org.yusuan.workbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.workbench.calc.DisclosureTables;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.exchange.submission.PackageReader;
import org.yusuan.workbench.exchange.submission.VerifiedPackage;
import org.yusuan.workbench.testsupport.Budgets;

/**
 * The sample in a real budget file → a signed package → a verified package → a budget equal to the
 * file's (ids aside, which a receiver's store assigns) whose 13 tables equal the file's cell for cell.
 */
class SubmissionRoundTripTest {

    @TempDir
    Path folder;

    @Test
    void theSampleComesBackEqualAndSoDoItsTables() throws Exception {
        Path db = folder.resolve("sample.mv.db");
        Path pkg = folder.resolve("上党分局-2023-一上.yspkg");
        var files = new BudgetFiles();
        files.createWithSample(db);
        Budget original;
        List<org.yusuan.workbench.calc.table.DisclosureTable> tables;
        SubmissionExport.Outcome outcome;
        List<SubmissionExport.Step> steps = new ArrayList<>();
        try (BudgetFile file = files.open(db)) {
            original = file.budget().orElseThrow();
            tables = file.tables().orElseThrow();
            var options = new SubmissionExport.Options("一上", "140404", null, true, true, Map.of());
            outcome = file.exportPackage(pkg, options, new SigningKeys(folder.resolve("keys")), steps::add)
                    .orElseThrow();
        }
        assertThat(outcome.written()).as("errors accepted explicitly: the package is written").isPresent();
        assertThat(steps).containsExactly(SubmissionExport.Step.AUDIT, SubmissionExport.Step.TABLES,
                SubmissionExport.Step.BOOKLET, SubmissionExport.Step.SIGN, SubmissionExport.Step.WRITE, SubmissionExport.Step.COVER_LETTER);
        assertCoverLetter(outcome.written().get(), folder.resolve("上党分局-2023-一上-报送函.pdf"));

        VerifiedPackage received = PackageReader.verify(pkg, Optional.of(outcome.written().get().signerFingerprint()));

        assertThat(received.budget()).isEqualTo(Budgets.withoutIds(original));
        var rebuiltTables = DisclosureTables.derive(received.budget(), received.chart());
        assertThat(rebuiltTables).isEqualTo(tables);
        assertThat(received.derived()).as("the tables as the unit computed them travel cell for cell")
                .isEqualTo(SubmissionExport.cells(tables));
        assertThat(received.descriptor().errors()).isEqualTo(1);
        assertThat(received.bookletPdf()).get().satisfies(pdf -> assertThat(new String(pdf, 0, 5,
                java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-"));
        assertThat(received.findings()).filteredOn(f -> f.severity().equals("ERROR")).hasSize(1)
                .first().satisfies(f -> assertThat(f.ruleId()).isEqualTo("F.missing"));
        assertThat(received.descriptor().departmentCode()).isEqualTo(original.department().code());
        assertThat(received.descriptor().divisionCode()).isEqualTo("140404");
    }

    @Test
    void theSameBudgetGivesTheSameBytesButForItsIdentityAndSignature() throws Exception {
        Path db = folder.resolve("sample.mv.db");
        var files = new BudgetFiles();
        files.createWithSample(db);
        var keys = new SigningKeys(folder.resolve("keys"));
        var options = new SubmissionExport.Options("二上", "", null, false, true, Map.of());
        try (BudgetFile file = files.open(db)) {
            file.exportPackage(folder.resolve("a.yspkg"), options, keys, s -> { }).orElseThrow();
            file.exportPackage(folder.resolve("b.yspkg"), options, keys, s -> { }).orElseThrow();
        }
        Map<String, byte[]> a = entries(folder.resolve("a.yspkg"));
        Map<String, byte[]> b = entries(folder.resolve("b.yspkg"));
        assertThat(a.keySet()).isEqualTo(b.keySet());
        assertThat(List.copyOf(a.keySet())).isSorted();
        for (String name : a.keySet()) {
            if (name.startsWith("data/")) {
                assertThat(b.get(name)).as(name).isEqualTo(a.get(name));
            }
        }
        assertThat(withoutIdentity(b.get("datapackage.json"))).as("the descriptor differs in its id and time only")
                .isEqualTo(withoutIdentity(a.get("datapackage.json")));
        assertThat(new String(a.get("datapackage.json"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"stage\": \"二上\"", "\"format_version\": 1", "\"agency_code\"", "\"pro_code\"",
                        "\"exp_func_code\"", "\"dep_bgt_eco_code\"", "\"gov_bgt_eco_code\"", "\"fund_type_code\"");
    }

    @Test
    void theKeyIsMadeOnceAndThePrivateHalfIsTheOwnersAlone() throws Exception {
        var keys = new SigningKeys(folder.resolve("keys"));
        assertThat(keys.fingerprint()).isEmpty();
        var first = keys.loadOrCreate();
        var again = keys.loadOrCreate();
        assertThat(again.getPublic()).isEqualTo(first.getPublic());
        assertThat(keys.fingerprint()).isPresent();
        Path secret = folder.resolve("keys").resolve(SigningKeys.PRIVATE_FILE);
        if (secret.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)))
                    .isEqualTo("rw-------");
        }
    }

    /** One page stating the package id, the manifest hash and the fingerprint, in extractable text. */
    private static void assertCoverLetter(SubmissionExport.Exported written, Path pdf) throws Exception {
        assertThat(written.coverLetter()).isEqualTo(pdf);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("部门预算数据报送函", "长治市公安局上党分局", "一上",
                    written.packageId().toString(), written.manifestSha256(),
                    written.signerFingerprint().replace(" ", ""), "错误1项");
        }
    }

    private static String withoutIdentity(byte[] descriptor) {
        return new String(descriptor, java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("\"package_id\": \"[^\"]+\"", "").replaceAll("\"created\": \"[^\"]+\"", "");
    }

    static Map<String, byte[]> entries(Path zip) throws Exception {
        Map<String, byte[]> out = new java.util.LinkedHashMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (var e : java.util.Collections.list(z.entries())) {
                out.put(e.getName(), z.getInputStream(e).readAllBytes());
            }
        }
        return out;
    }
}
