package org.yusuan.workbench.exchange.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.workbench.calc.SampleFixture;

/**
 * Every way a received package can be wrong, each refused with its own Chinese sentence: the sample is
 * packed once, then changed as a careless or hostile sender would change it.
 */
class PackageTamperTest {

    private static final KeyPair UNIT = Signatures.newKeyPair();
    private static byte[] good;

    @TempDir
    Path folder;

    @BeforeAll
    static void pack() throws Exception {
        var header = new Submission.Header(UUID.randomUUID(), null, Stage.FIRST_DRAFT, "140404", "test",
                Instant.parse("2026-11-27T00:00:00Z"));
        var out = new ByteArrayOutputStream();
        PackageWriter.write(new Submission(header, SampleFixture.budget(), SampleFixture.CHART, List.of(), List.of(),
                null), UNIT, out);
        good = out.toByteArray();
    }

    @Test
    void theUntouchedPackageIsAcceptedFromItsRegisteredSigner() throws Exception {
        var verified = PackageReader.verify(file(good), Optional.of(Signatures.fingerprint(UNIT.getPublic())));
        assertThat(verified.budget()).isEqualTo(SampleFixture.budget());
        assertThat(verified.chart().allEntries()).isEqualTo(SampleFixture.CHART.allEntries());
    }

    @Test
    void oneByteChangedInAnEntry() throws Exception {
        var entries = entries(good);
        byte[] units = entries.get("data/units.csv").clone();
        units[units.length - 2] ^= 1;
        entries.put("data/units.csv", units);
        refused(PackageWriter.zip(entries), "数据包中的文件「data/units.csv」与清单记录的 SHA-256 不一致，内容已被改动。");
    }

    @Test
    void anEntryRemoved() throws Exception {
        var entries = entries(good);
        entries.remove("data/basic_lines.csv");
        refused(PackageWriter.zip(entries), "清单中列出的文件「data/basic_lines.csv」在数据包中不存在。");
    }

    @Test
    void anEntryAdded() throws Exception {
        var entries = entries(good);
        entries.put("data/extra.csv", "a,b\n".getBytes(StandardCharsets.UTF_8));
        refused(PackageWriter.zip(entries), "数据包中的文件「data/extra.csv」不在清单中，可能是后来加入的。");
    }

    @Test
    void changedAndReSignedByAnotherKey() throws Exception {
        var entries = entries(good);
        entries.put("data/units.csv", "agency_code,agency_name,agency_type\n".getBytes(StandardCharsets.UTF_8));
        KeyPair other = Signatures.newKeyPair();
        resign(entries, other);
        byte[] forged = PackageWriter.zip(entries);
        // Consistent in itself, so only the registered signer tells it apart.
        assertThat(PackageReader.verify(file(forged), Optional.empty()).signerFingerprint())
                .isEqualTo(Signatures.fingerprint(other.getPublic()));
        refused(forged, "数据包由指纹为 " + Signatures.fingerprint(other.getPublic()) + " 的密钥签名，不是为该部门登记的密钥 "
                + Signatures.fingerprint(UNIT.getPublic()) + "。");
    }

    @Test
    void aManifestReSignedByAnotherKeyUnderTheUnitsPublicKey() throws Exception {
        var entries = entries(good);
        entries.put("data/units.csv", "agency_code,agency_name,agency_type\n".getBytes(StandardCharsets.UTF_8));
        resign(entries, Signatures.newKeyPair());
        entries.put(PackageLayout.PUBLIC_KEY, UNIT.getPublic().getEncoded());
        refused(PackageWriter.zip(entries), "数据包清单的签名不正确：清单在签名后被改动，或签名不是这把公钥所签。");
    }

    @Test
    void aTruncatedFile() throws Exception {
        refused(Arrays.copyOf(good, good.length - 100), "「received.yspkg」不是完整的数据包：文件已截断、已损坏或不是 ZIP 文件。");
    }

    @Test
    void notAZipAtAll() throws Exception {
        refused("部门,预算\n".getBytes(StandardCharsets.UTF_8), "「received.yspkg」不是完整的数据包：文件已截断、已损坏或不是 ZIP 文件。");
    }

    @Test
    void aNameThatEscapesTheFolder() throws Exception {
        for (String name : List.of("../evil.csv", "data/../../evil.csv", "/etc/evil", "data\\evil.csv", "C:evil")) {
            var entries = entries(good);
            entries.put(name, new byte[] {1});
            refused(PackageWriter.zip(entries), "数据包中的文件名「" + name + "」不合规（含“..”、绝对路径、反斜杠或控制字符），不予接收。");
        }
    }

    @Test
    void aNameTwice() throws Exception {
        var entries = entries(good);
        entries.put("data/units.csX", entries.get("data/units.csv"));
        // ZipOutputStream refuses a second entry of one name, so the name is patched in the bytes.
        byte[] zip = replaceAll(PackageWriter.zip(entries), "data/units.csX", "data/units.csv");
        refused(zip, "数据包中的文件「data/units.csv」出现了不止一次，不予接收。");
    }

    @Test
    void aZipBombByRatio() throws Exception {
        var entries = entries(good);
        entries.put("data/zeros.csv", new byte[8 << 20]);
        refused(PackageWriter.zip(entries), "数据包中的文件「data/zeros.csv」压缩比异常（超过 200 倍），疑似压缩炸弹，不予接收。");
    }

    @Test
    void aFormatVersionItDoesNotKnow() throws Exception {
        var entries = entries(good);
        String json = new String(entries.get(Descriptor.PATH), StandardCharsets.UTF_8)
                .replace("\"format_version\": 1,", "\"format_version\": 2,");
        entries.put(Descriptor.PATH, json.getBytes(StandardCharsets.UTF_8));
        resign(entries, UNIT);
        refused(PackageWriter.zip(entries), "数据包格式版本「2」不是本程序所知的版本（本程序读取版本 1），请用新版程序接收。");
    }

    @Test
    void aSignedTableThatDoesNotReadIsRefusedWithItsRowAndColumn() throws Exception {
        var entries = entries(good);
        String lines = new String(entries.get("data/basic_lines.csv"), StandardCharsets.UTF_8)
                .replaceFirst("8037500.00", "8037500.005");
        entries.put("data/basic_lines.csv", lines.getBytes(StandardCharsets.UTF_8));
        resign(entries, UNIT);
        refused(PackageWriter.zip(entries),
                "数据包中的「data/basic_lines.csv」第 2 行无法读取：「amount」不是以元为单位、最多两位小数的金额。");
    }

    @Test
    void aProjectLineOfNoProjectIsRefusedNotDropped() throws Exception {
        var entries = entries(good);
        String lines = new String(entries.get("data/project_lines.csv"), StandardCharsets.UTF_8);
        entries.put("data/project_lines.csv", (lines + "999,2040201,30201,GENERAL_PUBLIC_BUDGET,1.00,,,\n")
                .getBytes(StandardCharsets.UTF_8));
        resign(entries, UNIT);
        int row = (int) lines.lines().count() + 1;
        refused(PackageWriter.zip(entries), "数据包中的「data/project_lines.csv」第 " + row + " 行无法读取：「999」不在所属的表中"
                + "（项目须在 projects.csv，申报表序号须在 performance_forms.csv）。");
    }

    @Test
    void safeNamesAreOrdinaryRelativePaths() {
        assertThat(PackageReader.safeName("data/units.csv")).isTrue();
        assertThat(PackageReader.safeName("data//units.csv")).isFalse();
        assertThat(PackageReader.safeName("./units.csv")).isFalse();
        assertThat(PackageReader.safeName("data/")).isFalse();
        assertThat(PackageReader.safeName("a\u0000b")).isFalse();
    }

    private void refused(byte[] pkg, String sentence) throws Exception {
        Path file = file(pkg);
        assertThatThrownBy(() -> PackageReader.verify(file, Optional.of(Signatures.fingerprint(UNIT.getPublic()))))
                .isInstanceOf(PackageRefusal.class).hasMessage(sentence);
    }

    private Path file(byte[] bytes) throws Exception {
        Path file = folder.resolve("received.yspkg");
        Files.write(file, bytes);
        return file;
    }

    /** The manifest and signature made again over the changed entries, as a sender with that key would. */
    static void resign(Map<String, byte[]> entries, KeyPair keys) {
        entries.keySet().removeIf(n -> n.startsWith("signature/"));
        byte[] manifest = Manifest.of(entries);
        entries.put(PackageLayout.MANIFEST, manifest);
        entries.put(PackageLayout.SIGNATURE, Signatures.sign(keys.getPrivate(), manifest));
        entries.put(PackageLayout.PUBLIC_KEY, keys.getPublic().getEncoded());
    }

    static Map<String, byte[]> entries(byte[] zip) throws Exception {
        Map<String, byte[]> out = new TreeMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    private static byte[] replaceAll(byte[] bytes, String from, String to) {
        byte[] f = from.getBytes(StandardCharsets.UTF_8);
        byte[] t = to.getBytes(StandardCharsets.UTF_8);
        byte[] out = bytes.clone();
        for (int i = 0; i + f.length <= out.length; i++) {
            if (Arrays.equals(out, i, i + f.length, f, 0, f.length)) {
                System.arraycopy(t, 0, out, i, t.length);
            }
        }
        return out;
    }
}
