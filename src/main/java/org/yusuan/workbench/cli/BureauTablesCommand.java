package org.yusuan.workbench.cli;

import static org.yusuan.workbench.cli.CliTexts.TEXTS;
import static org.yusuan.workbench.cli.CliTexts.n;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.yusuan.workbench.service.bureau.Bureau;
import org.yusuan.workbench.service.bureau.Consolidation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code yusuan bureau tables}: the 13 tables consolidated over the chosen departments (all by default),
 * derived by the same engine as one department's, printed or written as a workbook.
 */
@Command(name = "tables")
final class BureauTablesCommand implements Callable<Integer> {

    @Mixin
    BureauCommand.StoreOption store;

    @Mixin
    BureauRound round;

    @Option(names = "--dept", paramLabel = "CODE", descriptionKey = "option.depts")
    List<String> departments = List.of();

    @Option(names = "--table", paramLabel = "N", descriptionKey = "option.table")
    Integer table;

    @Option(names = "--format", defaultValue = "text", descriptionKey = "option.format")
    TablesCommand.Format format;

    @Option(names = "--xlsx", paramLabel = "XLSX", descriptionKey = "option.out.xlsx")
    Path xlsx;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!TablesCommand.validNumber(table, spec)) {
            return 2;
        }
        try (Bureau bureau = store.open()) {
            var chosen = round.resolve(bureau, spec.commandLine().getErr());
            if (chosen.isEmpty()) {
                return YusuanCommand.REFUSED;
            }
            Consolidation c = bureau.consolidate(chosen.get().getKey(), chosen.get().getValue(), departments);
            List<String> found = c.departments().stream().map(Consolidation.Member::code).toList();
            List<String> unknown = departments.stream().filter(d -> !found.contains(d)).toList();
            if (!unknown.isEmpty() || c.departments().isEmpty()) {
                spec.commandLine().getErr().println(TEXTS.get("bureau.noSuchDepartments",
                        unknown.isEmpty() ? "-" : String.join(TEXTS.get("bureau.codeSeparator"), unknown),
                        n(c.year()), c.stage()));
                return YusuanCommand.REFUSED;
            }
            if (xlsx != null) {
                Bureau.writeWorkbook(c, xlsx);
                spec.commandLine().getOut().println(TEXTS.get("bureau.workbookWritten", xlsx,
                        n(c.departments().size())));
                return 0;
            }
            TablesCommand.print(c.tables(), table, format, spec);
            return 0;
        }
    }
}
