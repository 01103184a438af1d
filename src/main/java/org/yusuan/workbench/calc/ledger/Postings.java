package org.yusuan.workbench.calc.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yusuan.workbench.domain.budget.BasicExpenditureLine;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.BudgetUnit;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.budget.ProjectLine;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;

/** Turns budget lines into postings, resolving the government 款 through the chart of accounts. */
public final class Postings {

    private final ChartOfAccounts chart;
    private final Map<String, BudgetUnit> units;

    public Postings(Budget budget, ChartOfAccounts chart) {
        this.chart = chart;
        this.units = budget.units().stream().collect(Collectors.toMap(BudgetUnit::code, Function.identity()));
    }

    public static List<Posting> of(Budget budget, ChartOfAccounts chart) {
        Postings postings = new Postings(budget, chart);
        List<Posting> all = new ArrayList<>(budget.basicLines().size() + budget.projectLineCount());
        budget.basicLines().forEach(l -> all.add(postings.basic(l)));
        budget.projects().forEach(p -> p.lines().forEach(l -> all.add(postings.project(p, l))));
        return all;
    }

    public Posting basic(BasicExpenditureLine line) {
        BudgetUnit unit = unit(line.unitCode());
        String government = line.governmentOverride()
                .or(() -> chart.governmentCodeFor(unit.type().mappingCategory(), line.departmentalEconomicCode()))
                .orElse(null);
        return new Posting(Nature.BASIC, unit.code(), unit.type(), null, line.functionCode(),
                line.departmentalEconomicCode(), government, line.expenseKind(), line.source(), line.fundYear(),
                line.amount());
    }

    public Posting project(Project project, ProjectLine line) {
        BudgetUnit unit = unit(project.unitCode());
        String government = line.economicCode()
                .flatMap(code -> chart.governmentCodeFor(unit.type().mappingCategory(), code)).orElse(null);
        return new Posting(Nature.PROJECT, unit.code(), unit.type(), project.code(), line.functionCode(),
                line.departmentalEconomicCode(), government, null, line.source(), project.fundYear(), line.amount());
    }

    private BudgetUnit unit(String code) {
        BudgetUnit unit = units.get(code);
        if (unit == null) {
            throw new IllegalArgumentException("line of unknown unit " + code);
        }
        return unit;
    }
}
