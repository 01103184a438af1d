package org.yusuan.workbench.cli;

import static org.yusuan.workbench.cli.CliTexts.TEXTS;
import static org.yusuan.workbench.cli.CliTexts.n;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.yusuan.workbench.service.bureau.Bureau;
import org.yusuan.workbench.service.bureau.ImportOutcome;
import org.yusuan.workbench.service.bureau.SignerList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code yusuan bureau}: the finance bureau's side. A consolidation store (汇总库) receives the units'
 * packages and consolidates their tables; it is a file (H2) or a PostgreSQL server.
 */
@Command(name = "bureau",
        subcommands = {BureauCommand.Init.class, BureauCommand.Trust.class, BureauCommand.Import.class,
                BureauStatusCommand.class, BureauTablesCommand.class})
final class BureauCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The {@code --store URL} option of every bureau command. */
    static final class StoreOption {

        @Option(names = "--store", required = true, paramLabel = "STORE", descriptionKey = "option.store")
        String location;

        Bureau open() {
            return Bureau.open(location, Clock.systemUTC());
        }
    }

    @Command(name = "init")
    static final class Init implements Callable<Integer> {

        @Mixin
        StoreOption store;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Bureau bureau = Bureau.init(store.location, Clock.systemUTC())) {
                spec.commandLine().getOut().println(TEXTS.get("bureau.initialised", bureau.location()));
            }
            return 0;
        }
    }

    @Command(name = "trust")
    static final class Trust implements Callable<Integer> {

        @Mixin
        StoreOption store;

        @Option(names = "--dept", paramLabel = "CODE", descriptionKey = "option.dept")
        String department;

        @Option(names = "--key", paramLabel = "FINGERPRINT", descriptionKey = "option.key")
        String fingerprint;

        @Option(names = "--list", paramLabel = "CSV", descriptionKey = "option.signerList")
        Path list;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if ((list == null) == (department == null || fingerprint == null)) {
                spec.commandLine().getErr().println(TEXTS.get("bureau.trustUsage"));
                return 2;
            }
            try (Bureau bureau = store.open()) {
                if (list != null) {
                    SignerList result = bureau.trustList(list);
                    if (result.refusal() != null) {
                        spec.commandLine().getErr().println(result.refusal());
                        return YusuanCommand.REFUSED;
                    }
                    spec.commandLine().getOut().println(TEXTS.get("bureau.trustedList", n(result.registered())));
                    return 0;
                }
                var stored = bureau.trust(department, fingerprint);
                if (stored.isEmpty()) {
                    spec.commandLine().getErr().println(TEXTS.get("bureau.badFingerprint", fingerprint));
                    return YusuanCommand.REFUSED;
                }
                spec.commandLine().getOut().println(TEXTS.get("bureau.trusted", department.strip(), stored.get()));
                return 0;
            }
        }
    }

    @Command(name = "import")
    static final class Import implements Callable<Integer> {

        @Mixin
        StoreOption store;

        @Parameters(paramLabel = "PKG", arity = "1..*", descriptionKey = "parameter.packages")
        List<Path> packages;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            int refused = 0;
            try (Bureau bureau = store.open()) {
                for (ImportOutcome o : bureau.receive(packages)) {
                    if (o.kind() == ImportOutcome.Kind.REFUSED) {
                        refused++;
                        err.println(TEXTS.get("bureau.refused", o.file().getFileName(), o.message()));
                    } else {
                        out.println(TEXTS.get("bureau.outcome", o.file().getFileName(), o.message()));
                        if (o.stored()) {
                            out.println(TEXTS.get("bureau.outcomeAudit", n(o.errors()), n(o.warnings()),
                                    n(o.notices()), n(o.differingCells())));
                        }
                    }
                }
            }
            out.println(TEXTS.get("bureau.importSummary", n(packages.size()), n(packages.size() - refused),
                    n(refused)));
            return refused == 0 ? 0 : YusuanCommand.REFUSED;
        }
    }
}
