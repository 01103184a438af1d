package org.yusuan.workbench.service;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.yusuan.workbench.store.BudgetDatabase;

/** Driven by tools/reliability/kill-probe.py: prints the first basic line's amount in 元 (see {@link EditLoopMain}). */
public final class FirstLineMain {

    private FirstLineMain() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        try (BudgetDatabase db = BudgetDatabase.open(Path.of(args[0]))) {
            out.println(db.budgets().load().orElseThrow().basicLines().get(0).amount());
        }
    }
}
