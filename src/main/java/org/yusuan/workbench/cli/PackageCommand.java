package org.yusuan.workbench.cli;

import static org.yusuan.workbench.cli.CliTexts.TEXTS;
import static org.yusuan.workbench.cli.CliTexts.n;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.yusuan.workbench.audit.Finding;
import org.yusuan.workbench.audit.Severity;
import org.yusuan.workbench.service.SigningKeys;
import org.yusuan.workbench.service.SubmissionExport;
import org.yusuan.workbench.text.Csv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "package",
        subcommands = {PackageCommand.Export.class, PackageVerifyCommand.class})
final class PackageCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "export")
    static final class Export implements Callable<Integer> {

        @Mixin
        DbOption db;

        @Option(names = "--out", required = true, paramLabel = "PKG", descriptionKey = "option.out.package")
        Path out;

        @Option(names = "--stage", defaultValue = "一上", paramLabel = "STAGE", descriptionKey = "option.stage")
        String stage;

        @Option(names = "--division", defaultValue = "", paramLabel = "CODE", descriptionKey = "option.division")
        String division;

        @Option(names = "--replaces", paramLabel = "ID", descriptionKey = "option.replaces")
        UUID replaces;

        @Option(names = "--with-booklet", descriptionKey = "option.withBooklet")
        boolean withBooklet;

        @Option(names = "--accept-errors", descriptionKey = "option.acceptErrors")
        boolean acceptErrors;

        @Option(names = "--explanations", paramLabel = "CSV",
                descriptionKey = "option.explanations")
        Path explanations;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            SubmissionExport.Options options;
            try {
                options = new SubmissionExport.Options(stage, division, replaces, withBooklet, acceptErrors,
                        explanations == null ? Map.of() : explanations(explanations));
            } catch (IllegalArgumentException e) {
                err.println(TEXTS.get("package.badStage", e.getMessage()));
                return 2;
            } catch (ExplanationsRefused e) {
                err.println(e.getMessage());
                return YusuanCommand.REFUSED;
            }
            SigningKeys keys = SigningKeys.ofUser();
            try {
                return OpenedFile.run(db, spec, file -> file.exportPackage(out, options, keys, step -> { })
                        .map(outcome -> report(outcome, keys)));
            } catch (IOException e) {
                err.println(TEXTS.get("output.cannotWrite", out, OutputProblem.describe(e)));
                return YusuanCommand.FILE_ERROR;
            }
        }

        private int report(SubmissionExport.Outcome outcome, SigningKeys keys) {
            PrintWriter o = spec.commandLine().getOut();
            var audit = outcome.audit();
            // Errors first, as in the workstation: they decide whether the package may go at all.
            o.println(TEXTS.get("audit.summary", n(audit.count(Severity.ERROR)),
                    n(audit.count(Severity.WARNING)), n(audit.count(Severity.NOTICE))));
            for (Finding f : audit.of(Severity.ERROR)) {
                o.println(TEXTS.get("package.errorLine", f.title(), f.message(), f.ref().describe()));
            }
            if (outcome.written().isEmpty()) {
                spec.commandLine().getErr().println(TEXTS.get("package.errorsStop", n(audit.count(Severity.ERROR))));
                return YusuanCommand.REFUSED;
            }
            if (audit.hasErrors()) {
                o.println(TEXTS.get("package.errorsTravel", n(audit.count(Severity.ERROR))));
            }
            var w = outcome.written().get();
            o.println(TEXTS.get("package.exported", out));
            o.println(TEXTS.get("package.id", w.packageId()));
            o.println(TEXTS.get("package.entries", n(w.entries())));
            o.println(TEXTS.get("package.manifest", w.manifestSha256()));
            o.println(TEXTS.get("package.fingerprint", w.signerFingerprint()));
            o.println(TEXTS.get("package.coverLetter", w.coverLetter()));
            o.println(TEXTS.get("package.keyFolder", keys.folder()));
            return 0;
        }

        /**
         * 规则 + 位置 name a finding as {@link SubmissionExport#placeKey} does; 出错说明 is the unit's text.
         * The columns are named as the audit's CSV names them in the interface language (audit.csvHeader).
         */
        private static Map<String, String> explanations(Path csv) throws ExplanationsRefused {
            List<List<String>> rows;
            try {
                rows = Csv.parse(Files.readString(csv, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new ExplanationsRefused(TEXTS.get("package.explanationsUnreadable", csv,
                        OutputProblem.describe(e)));
            }
            List<String> header = rows.isEmpty() ? List.of() : rows.get(0);
            int rule = header.indexOf(TEXTS.get("package.column.rule"));
            int place = header.indexOf(TEXTS.get("package.column.place"));
            int text = header.indexOf(TEXTS.get("package.column.explanation"));
            if (rule < 0 || place < 0 || text < 0) {
                throw new ExplanationsRefused(TEXTS.get("package.explanationsColumns", csv));
            }
            Map<String, String> out = new HashMap<>();
            for (List<String> row : rows.subList(1, rows.size())) {
                int width = Math.max(rule, Math.max(place, text));
                if (row.size() > width && !row.get(text).isBlank()) {
                    out.put(row.get(rule) + "@" + row.get(place), row.get(text).strip());
                }
            }
            return out;
        }
    }

    /** An explanations file that cannot be used; its message is the sentence to print. */
    static final class ExplanationsRefused extends Exception {
        ExplanationsRefused(String message) {
            super(message);
        }
    }
}
