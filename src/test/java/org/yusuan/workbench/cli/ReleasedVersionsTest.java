package org.yusuan.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yusuan.workbench.testsupport.Cli;

/**
 * Upgrades keep data (issue 14): a budget file written by each released version, with what that
 * version's own `yusuan info` and `yusuan tables --format csv` printed for it, all kept in
 * src/test/resources/released/VERSION/ (see the README there). The current program opens a copy
 * through the same door as a user (the command line, BudgetFiles), migrating it if its schema is
 * older, and must print the same: every unit, line, project and form, and every figure of the 13
 * tables. A release whose output changes on purpose adds its own folder; the old ones stay as they were.
 */
class ReleasedVersionsTest {

    static Stream<Path> releases() throws IOException, URISyntaxException {
        Path released = Path.of(ReleasedVersionsTest.class.getResource("/released").toURI());
        // A folder per release (the older loose files belong to store.ReleasedFilesTest).
        return Files.list(released).filter(Files::isDirectory).sorted();
    }

    @Test
    void thereIsAtLeastTheFirstRelease() throws Exception {
        assertThat(releases().map(p -> p.getFileName().toString())).contains("0.1.0");
    }

    @ParameterizedTest(name = "budget file of release {0}")
    @MethodSource("releases")
    void aFileOfAnEarlierReleaseOpensWithNothingLost(Path release, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("budget.mv.db");
        Files.copy(release.resolve("budget.mv.db"), file);

        Cli.Run info = Cli.run("info", "--db", file.toString());
        assertThat(info.status()).as(info.err()).isZero();
        assertThat(lines(info.out())).isEqualTo(lines(read(release.resolve("info.txt"))));

        Cli.Run tables = Cli.run("tables", "--db", file.toString(), "--format", "csv");
        assertThat(tables.status()).as(tables.err()).isZero();
        assertThat(lines(tables.out())).isEqualTo(lines(read(release.resolve("tables.csv"))));

        // Opened once more: the migrated file is whole, and nothing was left beside it.
        assertThat(Cli.run("info", "--db", file.toString()).out()).isEqualTo(info.out());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("budget.mv.db");
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** Line by line, so that a difference is shown where it is; line ends as the system writes them. */
    private static List<String> lines(String text) {
        return text.lines().toList();
    }
}
