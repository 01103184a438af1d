package org.yusuan.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.workbench.testsupport.Cli;

/**
 * The indentation the commands print survives the bundle: Properties drops a value's leading blanks,
 * so the bundle writes them as \u0020 (this failed while it did not: "其中：" and "位置：" lost theirs).
 */
class OutputLayoutTest {

    @TempDir
    Path dir;

    @Test
    void infoIndentsTheOfWhichLinesAndAuditItsPlaces() {
        Path file = dir.resolve("sample");
        assertThat(Cli.run("sample", "--db", file.toString()).status()).isZero();

        assertThat(Cli.run("info", "--db", file.toString()).out().lines())
                .anySatisfy(line -> assertThat(line).startsWith("  其中：基本支出"))
                .anySatisfy(line -> assertThat(line).startsWith("        项目支出"));
        assertThat(Cli.run("audit", "--db", file.toString()).out().lines())
                .anySatisfy(line -> assertThat(line).startsWith("   位置：项目 012002-008"));
    }
}
