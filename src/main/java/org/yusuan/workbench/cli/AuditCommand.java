package org.yusuan.workbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.yusuan.workbench.audit.AuditReport;
import org.yusuan.workbench.audit.Finding;
import org.yusuan.workbench.audit.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "audit", description = "审核预算：按规则检查表间勾稽、科目、绩效目标表和指标，按严重程度列出问题。"
        + "有“错误”时退出码为 1。")
final class AuditCommand implements Callable<Integer> {

    enum Format { text, csv }

    @Mixin
    DbOption db;

    @Option(names = "--format", defaultValue = "text", description = "text（默认）或 csv")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        return OpenedFile.run(db, spec, file -> file.audit().map(report -> {
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.csv) {
                csv(out, report);
            } else {
                text(out, report);
            }
            // Errors make the budget unfit to submit: a script (or CI) can stop on the status.
            return report.hasErrors() ? YusuanCommand.REFUSED : 0;
        }));
    }

    private static void text(PrintWriter out, AuditReport report) {
        out.printf("审核结果：错误 %d 项，警告 %d 项，提示 %d 项%n", report.count(Severity.ERROR),
                report.count(Severity.WARNING), report.count(Severity.NOTICE));
        for (Severity severity : Severity.values()) {
            var findings = report.of(severity);
            if (findings.isEmpty()) {
                continue;
            }
            out.println();
            out.printf("【%s】%d 项%n", severity.label(), findings.size());
            int n = 1;
            for (Finding f : findings) {
                // The rule's title in words first, as in the workstation; the code after it is for support.
                out.printf("%d. %s（%s）%n", n++, f.title(), f.ruleId());
                out.printf("   %s%n", f.message());
                out.printf("   位置：%s%n", f.ref().describe());
            }
        }
    }

    private static void csv(PrintWriter out, AuditReport report) {
        out.println("严重程度,问题,规则,说明,位置,记录类型,单位编码,项目编码,序号,表号,行");
        for (Finding f : report.findings()) {
            var r = f.ref();
            out.println(String.join(",", f.severity().label(), f.title(), f.ruleId(), quote(f.message()), quote(r.describe()),
                    r.kind().name(), nullToEmpty(r.unitCode()), nullToEmpty(r.projectCode()),
                    r.index() == 0 ? "" : String.valueOf(r.index()),
                    r.tableNumber() == 0 ? "" : String.valueOf(r.tableNumber()), quote(nullToEmpty(r.rowCode()))));
        }
    }

    /**
     * RFC 4180: messages contain commas (，is full-width, but codes and amounts use ","). Titles are
     * short words without commas (AuditRulesDocTest checks it), so they go bare.
     */
    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
