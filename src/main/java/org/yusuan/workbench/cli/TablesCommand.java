package org.yusuan.workbench.cli;

import static org.yusuan.workbench.cli.CliTexts.TEXTS;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.service.BudgetTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "tables")
final class TablesCommand implements Callable<Integer> {

    enum Format { text, csv }

    @Mixin
    DbOption db;

    @Option(names = "--table", paramLabel = "N", descriptionKey = "option.table")
    Integer table;

    @Option(names = "--format", defaultValue = "text", descriptionKey = "option.format")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!validNumber(table, spec)) {
            return 2;
        }
        return OpenedFile.run(db, spec, file -> file.tables().map(tables -> {
            print(tables, table, format, spec);
            return 0;
        }));
    }

    /** Whether {@code --table} names one of the 13 tables (or is absent); says why not. */
    static boolean validNumber(Integer table, CommandSpec spec) {
        if (table != null && (table < 1 || table > 13)) {
            spec.commandLine().getErr().println(TEXTS.get("tables.badNumber", String.valueOf(table)));
            return false;
        }
        return true;
    }

    /** All 13 tables, or table {@code table}, as text or CSV: the same for a unit and a consolidation. */
    static void print(List<DisclosureTable> tables, Integer table, Format format, CommandSpec spec) {
        List<DisclosureTable> chosen = table == null ? tables : List.of(tables.get(table - 1));
        if (format == Format.csv) {
            BudgetTables.writeCsv(spec.commandLine().getOut(), chosen);
        } else {
            BudgetTables.writeText(spec.commandLine().getOut(), chosen);
        }
    }
}
