package org.yusuan.workbench.service;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.yusuan.workbench.domain.budget.BasicExpenditureLine;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.store.BudgetDatabase;

/**
 * Driven by tools/reliability/kill-probe.py: edits a budget through the service layer as the
 * workstation does, setting the first basic line's amount to 1.00, 2.00, … and printing
 * {@code EDIT n} once edit n is committed, then closes and prints {@code CLOSED}. The probe kills it
 * at random moments and checks that every acknowledged edit survived.
 */
public final class EditLoopMain {

    private EditLoopMain() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        int edits = Integer.parseInt(args[1]);
        try (BudgetDatabase db = BudgetDatabase.open(Path.of(args[0]))) {
            BudgetWorkspace workspace = new BudgetWorkspace(db, db.budgets().load().orElseThrow());
            for (int n = 1; n <= edits; n++) {
                BasicExpenditureLine first = workspace.budget().basicLines().get(0);
                BasicExpenditureLine changed = new BasicExpenditureLine(first.id(), first.unitCode(), first.functionCode(),
                        first.departmentalEconomicCode(), first.governmentEconomicOverride(), first.source(),
                        Yuan.parse(n + ".00"), first.expenseKindOverride(), first.fundYear(), first.note());
                workspace.apply(new Edit.BasicLines("修改金额", List.of(first), List.of(changed)));
                out.println("EDIT " + n);
            }
        }
        out.println("CLOSED");
    }
}
