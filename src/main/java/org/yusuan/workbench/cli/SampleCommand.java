package org.yusuan.workbench.cli;

import java.util.concurrent.Callable;
import org.yusuan.workbench.service.BudgetFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "sample", description = "创建示例预算（长治市公安局上党分局 2023 年度）。")
final class SampleCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Option(names = "--force", description = "预算文件中已有预算时覆盖它")
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
                    spec.commandLine().getErr().println("预算文件「" + file.file() + "」中已有预算（"
                            + existing.get().department().name() + "），未作改动。如需覆盖，请加 --force。");
                    return YusuanCommand.REFUSED;
                }
                file.putSample();
            }
        }
        // Reported once the file is closed, so what is announced is on disk.
        InfoCommand.printStored(spec.commandLine().getOut(), "已创建示例预算：", db.file);
        return 0;
    }
}
