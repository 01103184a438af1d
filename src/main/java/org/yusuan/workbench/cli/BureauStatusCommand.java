package org.yusuan.workbench.cli;

import static org.yusuan.workbench.cli.CliTexts.TEXTS;
import static org.yusuan.workbench.cli.CliTexts.n;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.yusuan.workbench.domain.bureau.RegisterEntry;
import org.yusuan.workbench.service.bureau.Bureau;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code yusuan bureau status}: who has submitted for a round, with the audit's counts, and who has not. */
@Command(name = "status")
final class BureauStatusCommand implements Callable<Integer> {

    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    @Mixin
    BureauCommand.StoreOption store;

    @Mixin
    BureauRound round;

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
        }
        return 0;
    }
}
