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

@Command(name = "verify", description = {"校验报送数据包：文件完整、清单与内容一致、签名正确、格式版本可读，并列出其中内容。",
        "未通过时说明原因，退出状态为 1。"})
final class PackageVerifyCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PKG", description = "数据包（.yspkg）")
    Path pkg;

    @Option(names = "--signer", paramLabel = "FINGERPRINT",
            description = "为该部门登记的签名公钥指纹（报送函上印的）；给出时，其他密钥签的数据包不予接收")
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
