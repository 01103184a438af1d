package org.yusuan.workbench.cli;

import static org.yusuan.workbench.cli.CliTexts.TEXTS;
import static org.yusuan.workbench.cli.CliTexts.n;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.yusuan.workbench.audit.Severity;
import org.yusuan.workbench.domain.bureau.ReceivedFinding;
import org.yusuan.workbench.domain.bureau.RegisterEntry;
import org.yusuan.workbench.service.bureau.Bureau;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code yusuan bureau status}: who has submitted for a round, with the audit's counts, and who has not;
 * with {@code --dept}, that department's findings and the unit's 出错说明.
 */
@Command(name = "status")
final class BureauStatusCommand implements Callable<Integer> {

    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    @Mixin
    BureauCommand.StoreOption store;

    @Mixin
    BureauRound round;

    @Option(names = "--dept", paramLabel = "CODE", descriptionKey = "option.bureauStatusDept")
    String dept;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Bureau bureau = store.open()) {
            var chosen = round.resolve(bureau, spec.commandLine().getErr());
            if (chosen.isEmpty()) {
                return YusuanCommand.REFUSED;
            }
            Bureau.Status status = bureau.status(chosen.get().getKey(), chosen.get().getValue());
            out.println(TEXTS.get("bureau.statusHeading", bureau.location(), n(status.year()), status.stage()));
            out.println(TEXTS.get("bureau.submittedCount", n(status.submitted().size())));
            if (!status.submitted().isEmpty()) {
                out.println(TEXTS.get("bureau.statusColumns"));
            }
            for (RegisterEntry e : status.submitted()) {
                out.println(String.join("\t", e.depCode(), e.depName(), RECEIVED.format(e.receivedAt()),
                        n(e.errors()), n(e.warnings()), n(e.notices()), n(e.differingCells()), e.fileName()));
            }
            var signers = bureau.trustedSigners();
            out.println(TEXTS.get("bureau.missingCount", n(status.missing().size())));
            status.missing().forEach(code -> out.println(TEXTS.get("bureau.missingLine", code, signers.get(code))));
            if (dept != null) {
                var file = status.submitted().stream().filter(e -> e.depCode().equals(dept)).findFirst();
                if (file.isEmpty()) {
                    spec.commandLine().getErr().println(TEXTS.get("bureau.deptNotSubmitted", dept));
                    return YusuanCommand.REFUSED;
                }
                printFindings(out, file.get(), bureau.findings(file.get().fileId()));
            }
        }
        return 0;
    }

    /** The bureau's audit of the department's file, errors first, each with the unit's 出错说明 if it sent one. */
    private static void printFindings(PrintWriter out, RegisterEntry file, List<ReceivedFinding> findings) {
        out.println(TEXTS.get("bureau.findingsHeading", file.depCode(), file.depName(), file.fileName()));
        for (Severity severity : Severity.values()) {
            for (ReceivedFinding f : findings) {
                if (f.severity().equals(severity.name())) {
                    out.println(TEXTS.get("bureau.findingLine", severity.label(), f.title(), f.message(), f.location()));
                    if (f.explanation() != null) {
                        out.println(TEXTS.get("bureau.findingExplanation", f.explanation()));
                    }
                }
            }
        }
    }
}
