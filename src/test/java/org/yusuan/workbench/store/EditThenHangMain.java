package org.yusuan.workbench.store;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.yusuan.workbench.domain.budget.BasicExpenditureLine;
import org.yusuan.workbench.domain.money.Yuan;

/**
 * Run in a child JVM by {@link BudgetEditsTest}: opens the budget file, raises the first basic
 * line to the amount given, prints {@code COMMITTED} and waits to be killed — never closing the file.
 */
public final class EditThenHangMain {

    private EditThenHangMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        BudgetDatabase db = BudgetDatabase.open(Path.of(args[0]));
        BasicExpenditureLine first = db.budgets().load().orElseThrow().basicLines().get(0);
        BasicExpenditureLine raised = new BasicExpenditureLine(first.id(), first.unitCode(), first.functionCode(),
                first.departmentalEconomicCode(), first.governmentEconomicOverride(), first.source(),
                Yuan.parse(args[1]), first.expenseKindOverride(), first.fundYear(), first.note());
        db.edits().replaceBasicLines(List.of(first), List.of(raised));
        out.println("COMMITTED");
        out.flush();
        Thread.sleep(600_000);
    }
}
