package org.yusuan.workbench.cli;

import static org.yusuan.workbench.cli.CliTexts.TEXTS;
import static org.yusuan.workbench.cli.CliTexts.n;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.service.PackageCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "verify")
final class PackageVerifyCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PKG", descriptionKey = "parameter.package")
    Path pkg;

    @Option(names = "--signer", paramLabel = "FINGERPRINT",
            descriptionKey = "option.signer")
    String signer;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PackageCheck check = OpenedFile.FILES.verifyPackage(pkg, Optional.ofNullable(signer));
        if (!check.accepted()) {
            spec.commandLine().getErr().println(TEXTS.get("package.refused", pkg.getFileName(), check.refusal()));
            return YusuanCommand.REFUSED;
        }
        print(spec.commandLine().getOut(), check.contents());
        return 0;
    }

    private void print(PrintWriter o, PackageCheck.Contents c) {
        Budget b = c.budget();
        String none = TEXTS.get("package.none");
        o.println(TEXTS.get("package.intact", pkg.getFileName()));
        o.println(TEXTS.get("package.format", n(c.formatVersion()), c.programVersion()));
        o.println(TEXTS.get("package.department", c.departmentCode(), c.departmentName()));
        o.println(TEXTS.get("package.yearStage", n(c.budgetYear()), c.stage(),
                c.divisionCode().isEmpty() ? none : c.divisionCode()));
        o.println(TEXTS.get("package.identity", c.packageId(), c.replaces() == null ? none : c.replaces(),
                c.created()));
        o.println(TEXTS.get("package.catalog", n(c.catalogYear()), c.catalogSha256()));
        o.println(TEXTS.get("package.audit", n(c.errors()), n(c.warnings()), n(c.notices()),
                n(c.explainedFindings())));
        o.println(TEXTS.get("package.contents", n(b.units().size()), n(b.basicLines().size()),
                n(b.projects().size()), n(b.projectLineCount()), n(b.forms().size()), n(b.indicatorCount())));
        o.println(TEXTS.get("package.total", b.grandTotal().format()));
        o.println(TEXTS.get("package.booklet", TEXTS.get(c.hasBooklet() ? "package.yes" : "package.none")));
        o.println(TEXTS.get("package.fingerprint", c.signerFingerprint()));
        o.println(TEXTS.get("package.manifest", c.manifestSha256()));
        o.println(TEXTS.get("package.files", n(c.entries().size())));
        // The name padded to a column so the sizes line up; the size keeps its thousands separators.
        c.entries().forEach((path, size) -> o.println(TEXTS.get("package.fileLine", String.format("%-36s", path), size)));
    }
}
