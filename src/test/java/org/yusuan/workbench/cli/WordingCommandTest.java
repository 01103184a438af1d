package org.yusuan.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.workbench.testsupport.Cli;

/** {@code yusuan wording export|import|shipped} on real files: a bureau's template handed to a unit. */
class WordingCommandTest {

    @TempDir
    Path dir;

    @Test
    void aTemplateIsExportedEditedAndImportedIntoAnotherFileAndABadOneIsRefused() throws Exception {
        Path bureau = dir.resolve("bureau.mv.db");
        Path unit = dir.resolve("unit.mv.db");
        Path template = dir.resolve("文本与标题.txt");
        assertThat(Cli.run("sample", "--db", bureau.toString()).status()).isZero();
        assertThat(Cli.run("sample", "--db", unit.toString()).status()).isZero();

        Cli.Run shipped = Cli.run("wording", "shipped", "--db", bureau.toString(), "--unit");
        assertThat(shipped.status()).as(shipped.err()).isZero();
        Cli.Run export = Cli.run("wording", "export", "--db", bureau.toString(), "--out", template.toString());
        assertThat(export.status()).as(export.err()).isZero();
        String text = Files.readString(template, StandardCharsets.UTF_8);
        assertThat(text).contains("booklet.cover.title={year}年度单位预算公开\n", "table.t10.title={year}年一般公共预算“三公”经费支出预算表\n");
        Files.writeString(template, text.replace("table.t10.title={year}年一般公共预算“三公”经费支出预算表",
                "table.t10.title={year}年财政拨款安排“三公”经费预算表"), StandardCharsets.UTF_8);

        Cli.Run imported = Cli.run("wording", "import", "--db", unit.toString(), template.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        Cli.Run tables = Cli.run("tables", "--db", unit.toString(), "--table", "10");
        assertThat(tables.out()).contains("2023年财政拨款安排“三公”经费预算表");

        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "table.t11.title={year}年财政拨款安排机关运行经费预算表\ntable.t14.title=第十四张表\n",
                StandardCharsets.UTF_8);
        Cli.Run refused = Cli.run("wording", "import", "--db", unit.toString(), bad.toString());
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("bad.txt", "第 2 行", "table.t14.title", "未作任何改动");
        assertThat(Cli.run("tables", "--db", unit.toString(), "--table", "11").out())
                .contains("2023年机关运行经费预算财政拨款情况统计表");
    }
}
