package org.yusuan.workbench.cli;

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
            spec.commandLine().getErr().println(String.format(PackageWords.REFUSED, pkg.getFileName(), check.refusal()));
            return YusuanCommand.REFUSED;
        }
        print(spec.commandLine().getOut(), check.contents());
        return 0;
    }

    private void print(PrintWriter o, PackageCheck.Contents c) {
        Budget b = c.budget();
        o.println(String.format(PackageWords.INTACT, pkg.getFileName()));
        o.println(String.format(PackageWords.FORMAT, c.formatVersion(), c.programVersion()));
        o.println(String.format(PackageWords.DEPARTMENT, c.departmentCode(), c.departmentName()));
        o.println(String.format(PackageWords.YEAR_STAGE, c.budgetYear(), c.stage(),
                c.divisionCode().isEmpty() ? PackageWords.NONE : c.divisionCode()));
        o.println(String.format(PackageWords.IDENTITY, c.packageId(),
                c.replaces() == null ? PackageWords.NONE : c.replaces(), c.created()));
        o.println(String.format(PackageWords.CATALOG, c.catalogYear(), c.catalogSha256()));
        o.println(String.format(PackageWords.AUDIT, c.errors(), c.warnings(), c.notices(), c.explainedFindings()));
        o.println(String.format(PackageWords.CONTENTS, b.units().size(), b.basicLines().size(), b.projects().size(),
                b.projectLineCount(), b.forms().size(), b.indicatorCount()));
        o.println(String.format(PackageWords.TOTAL, b.grandTotal().format()));
        o.println(String.format(PackageWords.BOOKLET, c.hasBooklet() ? PackageWords.YES : PackageWords.NONE));
        o.println(String.format(PackageWords.FINGERPRINT, c.signerFingerprint()));
        o.println(String.format(PackageWords.MANIFEST, c.manifestSha256()));
        o.println(String.format(PackageWords.FILES, c.entries().size()));
        c.entries().forEach((path, size) -> o.println(String.format(PackageWords.FILE_LINE, path, size)));
    }
}
