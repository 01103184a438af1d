package org.yusuan.workbench.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.service.SigningKeys;

/**
 * Makes the packages of N synthetic departments for tools/bench/bureau.sh: department r is
 * {@link Departments#department(int)} (r = 0 is the sample itself), each signed by a key of its own
 * installation, with {@code signers.csv} listing department code and fingerprint for
 * {@code yusuan bureau trust --list}. Deterministic but for the keys and package ids.
 *
 * <p>Usage: {@code BureauBenchPackages N FOLDER}
 */
public final class BureauBenchPackages {

    private BureauBenchPackages() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path folder = Path.of(args[1]);
        Files.createDirectories(folder);
        List<String> signers = new ArrayList<>();
        signers.add("部门编码,公钥指纹");
        Instant made = Instant.parse("2026-11-20T08:00:00Z");
        for (int r = 0; r < n; r++) {
            Budget budget = Departments.department(r);
            var keys = new SigningKeys(folder.resolve("keys").resolve(String.format("%04d", r)));
            Departments.exportPackage(budget, folder.resolve(String.format("dept-%04d.yspkg", r)), keys, made);
            signers.add(budget.department().code() + "," + keys.fingerprint().orElseThrow());
        }
        write(folder.resolve("signers.csv"), signers);
        System.out.println(n + " packages in " + folder);
    }

    private static void write(Path file, List<String> lines) throws IOException {
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
