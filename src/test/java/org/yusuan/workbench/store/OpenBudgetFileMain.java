package org.yusuan.workbench.store;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.yusuan.workbench.domain.input.BudgetFileException;

/**
 * Run in a child JVM by {@link BudgetDatabaseTest}: opens the budget file given as the argument
 * and prints {@code OPENED}, or {@code REFUSED:} and the message of the {@link BudgetFileException}.
 */
public final class OpenBudgetFileMain {

    private OpenBudgetFileMain() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        boolean readOnly = args.length > 1 && args[1].equals("read-only");
        try (BudgetDatabase db = readOnly ? BudgetDatabase.openReadOnly(Path.of(args[0])) : BudgetDatabase.open(Path.of(args[0]))) {
            out.println("OPENED " + db.file().getFileName());
        } catch (BudgetFileException e) {
            out.println("REFUSED:" + e.getMessage());
        }
        out.flush();
    }
}
