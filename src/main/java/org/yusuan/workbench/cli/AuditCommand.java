package org.yusuan.workbench.cli;

import static org.yusuan.workbench.cli.CliTexts.TEXTS;

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

@Command(name = "audit")
final class AuditCommand implements Callable<Integer> {

    enum Format { text, csv }

    @Mixin
    DbOption db;

    @Option(names = "--format", defaultValue = "text", descriptionKey = "option.format")
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
        out.println(TEXTS.get("audit.summary", CliTexts.n(report.count(Severity.ERROR)),
                CliTexts.n(report.count(Severity.WARNING)), CliTexts.n(report.count(Severity.NOTICE))));
        for (Severity severity : Severity.values()) {
            var findings = report.of(severity);
            if (findings.isEmpty()) {
                continue;
            }
            out.println();
            out.println(TEXTS.get("audit.group", severity.label(), CliTexts.n(findings.size())));
            int n = 1;
            for (Finding f : findings) {
                // The rule's title in words first, as in the workstation; the code after it is for support.
                out.println(TEXTS.get("audit.finding", CliTexts.n(n++), f.title(), f.ruleId()));
                out.println("   " + f.message());
                out.println(TEXTS.get("audit.place", f.ref().describe()));
            }
        }
    }

    private static void csv(PrintWriter out, AuditReport report) {
        out.println(TEXTS.get("audit.csvHeader"));
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
