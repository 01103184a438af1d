package org.yusuan.workbench.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the workstation as a user does, with installer/yusuan-workbench on the built jar, in a real
 * X server (Xvfb) with GTK: it opens a new budget file (the sample), visits every page and checks
 * itself (app.SelfCheck). Runs after {@code package} (failsafe). Needs xvfb-run, which .ci/run
 * installs and then requires (YUSUAN_REQUIRE_DISPLAY_TESTS=1); elsewhere it is skipped with a note.
 */
class WorkbenchLaunchIT {

    @Test
    void theLauncherStartsAWorkstationWhoseEveryPageOpens(@TempDir Path dir) throws Exception {
        boolean xvfb = onPath("xvfb-run");
        if (!xvfb && "1".equals(System.getenv("YUSUAN_REQUIRE_DISPLAY_TESTS"))) {
            throw new AssertionError("xvfb-run is required here (YUSUAN_REQUIRE_DISPLAY_TESTS=1) but missing");
        }
        assumeTrue(xvfb, "xvfb-run is not installed: the launch test is skipped (Debian: apt-get install xvfb xauth libgtk-3-0)");

        Path report = dir.resolve("self-check.txt");
        // A deep folder, as users keep their files: the status bar's long path once cut the totals.
        Path folder = Files.createDirectories(dir.resolve("二〇二四年部门预算编制工作底稿（报财政局前最后一稿）")
                .resolve("长治市公安局上党分局二〇二四年部门预算"));
        Path log = dir.resolve("launch.log");
        ProcessBuilder builder = new ProcessBuilder("xvfb-run", "-a", "-s", "-screen 0 1366x768x24",
                Path.of("installer/yusuan-workbench").toAbsolutePath().toString(),
                folder.resolve("预算.mv.db").toString(), "--self-check=" + report)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("YUSUAN_CDS", "off");
        builder.environment().put("NO_AT_BRIDGE", "1"); // no accessibility bus in Xvfb: GTK would wait for it
        builder.environment().put("LANG", "C.UTF-8");   // as on many users' machines: no Chinese locale
        Process process = builder.start();
        // Generous: a cold start on a busy 2-core machine; the check itself takes seconds.
        boolean ended = process.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(ended).as("the workstation ended its self-check; output:%n%s", output).isTrue();
        assertThat(report).as("output:%n%s", output).exists();
        List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
        assertThat(lines).as("self-check report").containsExactly("OK");
        assertThat(process.exitValue()).isZero();
        assertThat(folder.resolve("预算.mv.db")).exists();
    }

    private static boolean onPath(String command) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, command))) {
                return true;
            }
        }
        return false;
    }
}
