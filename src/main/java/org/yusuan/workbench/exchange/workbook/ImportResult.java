package org.yusuan.workbench.exchange.workbook;

import java.util.List;
import java.util.Optional;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.input.ImportProblem;

/** Either a complete budget or every problem found; never both. */
public record ImportResult(Budget budget, List<ImportProblem> problems) {

    public ImportResult {
        problems = List.copyOf(problems);
        if ((budget == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("an import result has a budget or problems, not both");
        }
    }

    public static ImportResult ok(Budget budget) {
        return new ImportResult(budget, List.of());
    }

    public static ImportResult failed(List<ImportProblem> problems) {
        return new ImportResult(null, problems);
    }

    public boolean isOk() {
        return budget != null;
    }

    public Optional<Budget> budgetIfOk() {
        return Optional.ofNullable(budget);
    }
}
