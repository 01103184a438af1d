package org.yusuan.workbench.cli;

import static org.yusuan.workbench.cli.CliTexts.TEXTS;

import java.util.concurrent.Callable;
import org.yusuan.workbench.service.BudgetFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "sample")
final class SampleCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Option(names = "--force", descriptionKey = "option.force")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!OpenedFile.FILES.exists(db.file)) {
            // Created whole or not at all: a crash while it is written leaves no half-made file.
            OpenedFile.FILES.createWithSample(db.file);
        } else {
            try (BudgetFile file = OpenedFile.FILES.open(db.file)) {
                var existing = file.budget();
                if (existing.isPresent() && !force) {
                    spec.commandLine().getErr().println(TEXTS.get("sample.exists", file.file(),
                            existing.get().department().name()));
                    return YusuanCommand.REFUSED;
                }
                file.putSample();
            }
        }
        // Reported once the file is closed, so what is announced is on disk.
        InfoCommand.printStored(spec.commandLine().getOut(), path -> TEXTS.get("sample.done", path), db.file);
        return 0;
    }
}
