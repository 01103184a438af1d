package org.yusuan.workbench.cli;

import static org.yusuan.workbench.cli.CliTexts.TEXTS;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import org.yusuan.workbench.service.bureau.Bureau;
import picocli.CommandLine.Option;

/** {@code --year} and {@code --stage}: the round a bureau command is about; the newest one held by default. */
final class BureauRound {

    @Option(names = "--year", paramLabel = "YEAR", descriptionKey = "option.year")
    Integer year;

    @Option(names = "--stage", paramLabel = "STAGE", descriptionKey = "option.bureauStage")
    String stage;

    /** The round asked for, or the newest the store holds; empty (with a message) when it holds none. */
    Optional<Map.Entry<Integer, String>> resolve(Bureau bureau, PrintWriter err) {
        if (year != null && stage != null) {
            return Optional.of(Map.entry(year, stage));
        }
        var rounds = bureau.rounds().stream()
                .filter(r -> (year == null || r.getKey().equals(year)) && (stage == null || r.getValue().equals(stage)))
                .findFirst();
        if (rounds.isEmpty()) {
            err.println(TEXTS.get("bureau.noRound"));
        }
        return rounds;
    }
}
