package org.yusuan.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.workbench.testsupport.Cli;

/** {@code yusuan package export} and {@code verify} through the real entry point, on a real budget file. */
class PackageCommandTest {

    @TempDir
    Path folder;
    private Path db;

    @BeforeEach
    void sample() {
        // The key pair goes into the test's folder, never into the home of whoever runs the tests.
        System.setProperty("yusuan.keys", folder.resolve("keys").toString());
        db = folder.resolve("sample");
        assertThat(Cli.run("sample", "--db", db.toString()).status()).isZero();
    }

    @AfterEach
    void forgetKeys() {
        System.clearProperty("yusuan.keys");
    }

    @Test
    void auditErrorsStopTheExportUnlessAccepted() {
        Path pkg = folder.resolve("上党分局-2023-一上.yspkg");

        Cli.Run refused = Cli.run("package", "export", "--db", db.toString(), "--out", pkg.toString());

        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.out()).startsWith("审核结果：错误 1 项，警告 5 项")
                .contains("【错误】项目缺少绩效目标表：");
        assertThat(refused.err()).contains("预算有 1 项审核错误，未导出。确需带错误报送，请加 --accept-errors 确认");
        assertThat(pkg).doesNotExist();

        Cli.Run accepted = Cli.run("package", "export", "--db", db.toString(), "--out", pkg.toString(),
                "--accept-errors", "--division", "140404");

        assertThat(accepted.status()).as(accepted.err()).isZero();
        assertThat(accepted.out()).contains("已确认带 1 项审核错误导出", "已导出报送数据包：", "签名公钥指纹：");
        assertThat(pkg).exists();
    }

    @Test
    void verifyPrintsWhatThePackageHolds() {
        Path pkg = folder.resolve("p.yspkg");
        Cli.Run export = Cli.run("package", "export", "--db", db.toString(), "--out", pkg.toString(), "--stage", "二上",
                "--accept-errors");
        String fingerprint = line(export.out(), "签名公钥指纹：");

        Cli.Run verify = Cli.run("package", "verify", pkg.toString(), "--signer", fingerprint.replace(" ", ""));

        assertThat(verify.status()).as(verify.err()).isZero();
        assertThat(verify.out()).contains("数据包「p.yspkg」完整，签名有效。", "部门：012 长治市公安局上党分局",
                "预算年度：2023　阶段：二上", "3 个单位，38 行基本支出，29 个项目", "28 张绩效目标表",
                "审核：错误 1 项，警告 5 项", "签名公钥指纹：" + fingerprint, "data/basic_lines.csv",
                "signature/manifest.sig");
    }

    @Test
    void aTamperedPackageIsRefusedWithItsReason() throws Exception {
        Path pkg = folder.resolve("p.yspkg");
        Cli.run("package", "export", "--db", db.toString(), "--out", pkg.toString(), "--accept-errors");
        Path tampered = folder.resolve("tampered.yspkg");
        rewrite(pkg, tampered, "data/prior_year.csv");

        Cli.Run verify = Cli.run("package", "verify", tampered.toString());

        assertThat(verify.status()).isEqualTo(1);
        assertThat(verify.err()).isEqualTo("数据包「tampered.yspkg」未通过校验：数据包中的文件「data/prior_year.csv」"
                + "与清单记录的 SHA-256 不一致，内容已被改动。" + System.lineSeparator());
    }

    @Test
    void anotherSignerThanTheRegisteredOneIsRefused() {
        Path pkg = folder.resolve("p.yspkg");
        Cli.run("package", "export", "--db", db.toString(), "--out", pkg.toString(), "--accept-errors");

        Cli.Run verify = Cli.run("package", "verify", pkg.toString(), "--signer", "0000 1111");

        assertThat(verify.status()).isEqualTo(1);
        assertThat(verify.err()).contains("的密钥签名，不是为该部门登记的密钥 0000 1111。");
    }

    @Test
    void theUnitsExplanationsTravelWithTheirFindings() throws Exception {
        String audit = Cli.run("audit", "--db", db.toString(), "--format", "csv").out();
        List<String> lines = audit.lines().collect(Collectors.toList());
        lines.set(0, lines.get(0) + ",出错说明");
        int warning = lines.indexOf(lines.stream().filter(l -> l.startsWith("警告,")).findFirst().orElseThrow());
        lines.set(warning, lines.get(warning) + ",按上级文件执行");
        Path explanations = folder.resolve("说明.csv");
        Files.write(explanations, lines, StandardCharsets.UTF_8);
        Path pkg = folder.resolve("p.yspkg");

        Cli.Run export = Cli.run("package", "export", "--db", db.toString(), "--out", pkg.toString(), "--accept-errors",
                "--explanations", explanations.toString());

        assertThat(export.status()).as(export.err()).isZero();
        assertThat(Cli.run("package", "verify", pkg.toString()).out()).contains("（其中 1 项附出错说明）");
    }

    @Test
    void aPackageThatIsNotThereIsAFileError() {
        Cli.Run verify = Cli.run("package", "verify", folder.resolve("none.yspkg").toString());
        assertThat(verify.status()).isEqualTo(3);
        assertThat(verify.err()).contains("找不到数据包");
    }

    private static String line(String out, String prefix) {
        return out.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow().substring(prefix.length());
    }

    /** The package with one entry's last line dropped: what an edit in a spreadsheet would do. */
    private static void rewrite(Path from, Path to, String entryName) throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (ZipFile in = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e : Collections.list(in.entries())) {
                byte[] content = in.getInputStream(e).readAllBytes();
                if (e.getName().equals(entryName)) {
                    String text = new String(content, StandardCharsets.UTF_8);
                    content = text.substring(0, text.lastIndexOf('\n', text.length() - 2) + 1)
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        Files.write(to, bytes.toByteArray());
    }
}
