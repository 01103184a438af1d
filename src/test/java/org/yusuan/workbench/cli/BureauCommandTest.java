package org.yusuan.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.workbench.testsupport.Cli;
import org.yusuan.workbench.testsupport.PostgresServer;

/**
 * A bureau's season on the command line, through the real entry point: the unit exports, the bureau
 * makes a store, registers the fingerprint from the cover letter, imports, sees the status and prints
 * the consolidated tables, which equal the unit's own. Once on H2, once on PostgreSQL.
 */
class BureauCommandTest {

    private static final Pattern FINGERPRINT = Pattern.compile("[0-9A-F]{4}( [0-9A-F]{4}){15}");

    @TempDir
    Path folder;
    private Path db;
    private Path pkg;

    @BeforeEach
    void unitExports() {
        System.setProperty("yusuan.keys", folder.resolve("keys").toString());
        db = folder.resolve("sample");
        pkg = folder.resolve("上党分局-2023-一上.yspkg");
        assertThat(Cli.run("sample", "--db", db.toString()).status()).isZero();
        assertThat(Cli.run("package", "export", "--db", db.toString(), "--out", pkg.toString(), "--accept-errors")
                .status()).isZero();
    }

    @AfterEach
    void forgetKeys() {
        System.clearProperty("yusuan.keys");
    }

    @Test
    void onAnH2File() throws Exception {
        season(folder.resolve("汇总2023").toString());
        assertThat(Files.exists(folder.resolve("汇总2023.mv.db"))).isTrue();
    }

    @Test
    void onAPostgresServer() throws Exception {
        season(PostgresServer.newDatabase());
    }

    private void season(String store) throws Exception {
        assertThat(Cli.run("bureau", "init", "--store", store).out()).contains("汇总库已就绪");
        var refused = Cli.run("bureau", "import", "--store", store, pkg.toString());
        assertThat(refused.status()).isEqualTo(YusuanCommand.REFUSED);
        assertThat(refused.err()).contains("尚未登记签名人");

        Matcher m = FINGERPRINT.matcher(Cli.run("package", "verify", pkg.toString()).out());
        assertThat(m.find()).isTrue();
        var bad = Cli.run("bureau", "trust", "--store", store, "--dept", "012", "--key", "1D08 4B22");
        assertThat(bad.status()).isEqualTo(YusuanCommand.REFUSED);
        assertThat(bad.err()).contains("不是公钥指纹");
        assertThat(Cli.run("bureau", "trust", "--store", store, "--dept", "012", "--key", m.group()).status()).isZero();

        var imported = Cli.run("bureau", "import", "--store", store, pkg.toString(), pkg.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("已接收长治市公安局上党分局 2023 年一上数据包").contains("未作任何改动")
                .contains("错误 1 个").contains("不一致的单元格 0 个");

        var status = Cli.run("bureau", "status", "--store", store);
        assertThat(status.out()).contains("2023 年一上").contains("已报送 1 个部门")
                .containsPattern("012\t长治市公安局上党分局\t[0-9: -]+\t1\t5\t\\d+\t0\t上党分局-2023-一上.yspkg");

        var findings = Cli.run("bureau", "status", "--store", store, "--dept", "012");
        assertThat(findings.out()).contains("部门 012 长治市公安局上党分局（上党分局-2023-一上.yspkg）的审核结果：")
                .containsSubsequence("【错误】项目缺少绩效目标表：", "【警告】");
        var unknown = Cli.run("bureau", "status", "--store", store, "--dept", "999");
        assertThat(unknown.status()).isEqualTo(YusuanCommand.REFUSED);
        assertThat(unknown.err()).contains("部门 999 在这一年度和阶段没有报送数据包");

        String own = Cli.run("tables", "--db", db.toString(), "--format", "csv").out();
        assertThat(Cli.run("bureau", "tables", "--store", store, "--format", "csv").out()).isEqualTo(own);
        assertThat(Cli.run("bureau", "tables", "--store", store, "--dept", "999").err()).contains("999");

        Path xlsx = folder.resolve("汇总.xlsx");
        assertThat(Cli.run("bureau", "tables", "--store", store, "--xlsx", xlsx.toString()).status()).isZero();
        try (var workbook = WorkbookFactory.create(xlsx.toFile(), null, true)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(13);
        }
    }

    @Test
    void aListOfSignersIsRegisteredWholeOrNotAtAll() throws Exception {
        String store = folder.resolve("汇总").toString();
        Cli.run("bureau", "init", "--store", store);
        Matcher m = FINGERPRINT.matcher(Cli.run("package", "verify", pkg.toString()).out());
        assertThat(m.find()).isTrue();
        Path bad = folder.resolve("signers-bad.csv");
        Files.writeString(bad, "部门编码,公钥指纹\n012," + m.group() + "\n013,not-a-key\n");
        var refused = Cli.run("bureau", "trust", "--store", store, "--list", bad.toString());
        assertThat(refused.status()).isEqualTo(YusuanCommand.REFUSED);
        assertThat(refused.err()).contains("第 3 行").contains("没有登记任何部门");
        assertThat(Cli.run("bureau", "import", "--store", store, pkg.toString()).status())
                .as("nothing of the refused list was registered").isEqualTo(YusuanCommand.REFUSED);

        Path good = folder.resolve("signers.csv");
        Files.writeString(good, "\uFEFF部门编码,公钥指纹\n012," + m.group().toLowerCase() + "\n013,"
                + "0".repeat(64) + "\n");
        assertThat(Cli.run("bureau", "trust", "--store", store, "--list", good.toString()).out())
                .contains("已登记 2 个部门");
        assertThat(Cli.run("bureau", "import", "--store", store, pkg.toString()).status()).isZero();
        assertThat(Cli.run("bureau", "status", "--store", store).out()).contains("尚未报送 1 个部门").contains("013");
    }

    @Test
    void aStoreThatDoesNotExistIsNamed() {
        var run = Cli.run("bureau", "status", "--store", folder.resolve("没有").toString());
        assertThat(run.status()).isEqualTo(YusuanCommand.FILE_ERROR);
        assertThat(run.err()).contains("不存在").contains("bureau init");
    }
}
