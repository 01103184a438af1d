package org.yusuan.workbench.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yusuan.workbench.service.wording.WordingTemplates;
import org.yusuan.workbench.domain.input.ImportProblem;
import org.yusuan.workbench.exchange.sheet.WorkbookSource;
import org.yusuan.workbench.store.BudgetDatabase;

/**
 * A new budget file, created whole or not at all: it is filled under a temporary name and appears
 * under its own name only when complete, so a crash during creation or a refused workbook leaves
 * no file behind (an empty file would later pass for a budget file holding nothing).
 */
public final class NewBudgetFile {

    private NewBudgetFile() {
    }

    /** Creates {@code file} holding the shipped sample. */
    public static void withSample(Path file) {
        BudgetDatabase.create(file, db -> {
            SampleBudget.createIn(db);
            startWording(db, WordingTemplates.Variant.DEPARTMENT);
            return true;
        });
    }

    /** Creates {@code file} from a base-data workbook; @return the problems that refused it (then no file) */
    public static List<ImportProblem> byImport(Path file, WorkbookSource source) {
        return fill(file, db -> WorkbookImport.run(db, source), WordingTemplates.Variant.DEPARTMENT);
    }

    /** Creates {@code file} with a department and its 本级 unit; @return the problems that refused it */
    public static List<ImportProblem> started(Path file, NewBudget.Start start) {
        return started(file, start, WordingTemplates.Variant.DEPARTMENT);
    }

    /** As {@link #started(Path, NewBudget.Start)}, its wording started from the shipped {@code variant}. */
    public static List<ImportProblem> started(Path file, NewBudget.Start start, WordingTemplates.Variant variant) {
        return fill(file, db -> NewBudget.create(db, start), variant);
    }

    private static List<ImportProblem> fill(Path file, java.util.function.Function<BudgetDatabase, List<ImportProblem>> step,
                                            WordingTemplates.Variant variant) {
        List<ImportProblem> problems = new ArrayList<>();
        BudgetDatabase.create(file, db -> {
            problems.addAll(step.apply(db));
            if (problems.isEmpty()) {
                startWording(db, variant);
            }
            return problems.isEmpty();
        });
        return problems;
    }

    /** A new file's wording starts as a shipped template (部门预算 unless chosen) of its budget year (文本与标题). */
    private static void startWording(BudgetDatabase db, WordingTemplates.Variant variant) {
        db.budgets().load().ifPresent(b -> db.wording().replace(WordingTemplates.shipped(
                b.department().budgetYear(), variant)));
    }
}
