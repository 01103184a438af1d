package org.yusuan.workbench.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yusuan.workbench.calc.narrative.NarrativeFigures;
import org.yusuan.workbench.domain.budget.BasicExpenditureLine;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.Department;
import org.yusuan.workbench.domain.budget.FundYear;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.budget.ProjectLine;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;
import org.yusuan.workbench.domain.classification.Classification;
import org.yusuan.workbench.domain.classification.CodeSuccessors;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.domain.narrative.NarrativeSection;
import org.yusuan.workbench.domain.narrative.PriorYearItem;
import org.yusuan.workbench.domain.performance.PerformanceForm;
import org.yusuan.workbench.service.NextYearReport.CodeNote;
import org.yusuan.workbench.service.NextYearReport.ProjectNote;

/**
 * Next year's budget from last year's, in memory: what is carried, what is left out, which codes move
 * and which have no successor (kept with the old code and listed), and the 上年数 from last year's
 * derived figures. The file work is {@link NextYear}'s.
 */
final class NextYearCarry {

    /** The department's standing texts; the reasons and notes of a year are that year's. */
    static final List<NarrativeSection> STANDING_TEXTS = List.of(NarrativeSection.DUTIES,
            NarrativeSection.ORGANISATION, NarrativeSection.PURCHASED_SERVICES);

    /** The new budget and what the report says of it (paths, catalog year and notice filled by the caller). */
    record Carried(Budget budget, List<ProjectNote> continuing, List<ProjectNote> ended, List<ProjectNote> toCheck,
                   List<ProjectNote> carriedOverLeftOut, int basicCarriedOverLeftOut, Yuan basicCarriedOverAmount,
                   List<CodeNote> recoded, List<CodeNote> unmapped, Map<PriorYearItem, Yuan> priorYear) {
    }

    private final ChartOfAccounts newChart;
    private final CodeSuccessors successors;
    private final List<CodeNote> recoded = new ArrayList<>();
    private final List<CodeNote> unmapped = new ArrayList<>();

    private NextYearCarry(ChartOfAccounts newChart, CodeSuccessors successors) {
        this.newChart = newChart;
        this.successors = successors;
    }

    static Carried carry(Budget old, NarrativeFigures figures, ChartOfAccounts newChart, CodeSuccessors successors) {
        return new NextYearCarry(newChart, successors).run(old, figures);
    }

    private Carried run(Budget old, NarrativeFigures figures) {
        int oldYear = old.department().budgetYear();
        Department d = old.department();
        Department department = new Department(d.code(), d.name(), oldYear + 1, d.framework(), d.divisionCode());

        List<BasicExpenditureLine> basic = new ArrayList<>();
        int basicLeftOut = 0;
        Yuan basicLeftOutAmount = Yuan.ZERO;
        for (BasicExpenditureLine line : old.basicLines()) {
            if (line.fundYear() == FundYear.CARRIED_OVER) {
                basicLeftOut++;
                basicLeftOutAmount = basicLeftOutAmount.plus(line.amount());
                continue;
            }
            String where = NextYearReport.basicWhere(basic.size() + 1, line.unitCode());
            basic.add(new BasicExpenditureLine(0, line.unitCode(),
                    move(Classification.FUNCTIONAL, line.functionCode(), where),
                    move(Classification.DEPARTMENTAL_ECONOMIC, line.departmentalEconomicCode(), where),
                    move(Classification.GOVERNMENT_ECONOMIC, line.governmentEconomicOverride(), where),
                    line.source(), line.amount(), line.expenseKindOverride(), FundYear.CURRENT, line.note()));
        }

        List<Project> projects = new ArrayList<>();
        List<ProjectNote> continuing = new ArrayList<>();
        List<ProjectNote> ended = new ArrayList<>();
        List<ProjectNote> toCheck = new ArrayList<>();
        List<ProjectNote> carriedOver = new ArrayList<>();
        for (Project project : old.projects()) {
            ProjectNote note = ProjectNote.of(project);
            if (project.isCarriedOver()) {
                carriedOver.add(note);
                continue;
            }
            ProjectPeriod.Outcome outcome = ProjectPeriod.of(project, oldYear);
            if (outcome == ProjectPeriod.Outcome.ENDED) {
                ended.add(note);
                continue;
            }
            (outcome == ProjectPeriod.Outcome.CHECK ? toCheck : continuing).add(note);
            projects.add(moved(project));
        }

        Set<String> kept = new HashSet<>();
        projects.forEach(p -> kept.add(p.code()));
        List<PerformanceForm> forms = old.forms().stream()
                .filter(f -> f.isDepartmentWide() || kept.contains(f.projectCode()))
                .map(f -> new PerformanceForm(0, f.projectCode(), f.title(), f.implementationFunds(), f.yearFunds(),
                        f.texts(), f.indicators()))
                .toList();

        Map<NarrativeSection, String> texts = new EnumMap<>(NarrativeSection.class);
        STANDING_TEXTS.forEach(s -> Optional.ofNullable(old.narrative().get(s)).ifPresent(t -> texts.put(s, t)));

        Map<PriorYearItem, Yuan> priorYear = priorYear(figures);
        Budget budget = new Budget(department, old.units(), old.staffing(), basic, projects, forms, priorYear,
                old.stateAssets(), texts);
        return new Carried(budget, continuing, ended, toCheck, carriedOver, basicLeftOut, basicLeftOutAmount,
                List.copyOf(recoded), List.copyOf(unmapped), priorYear);
    }

    /** Every 上年数 the narrative compares with, from last year's derived figures (the same engine as its tables). */
    static Map<PriorYearItem, Yuan> priorYear(NarrativeFigures f) {
        Map<PriorYearItem, Yuan> prior = new EnumMap<>(PriorYearItem.class);
        prior.put(PriorYearItem.INCOME_TOTAL, f.income().total());
        prior.put(PriorYearItem.EXPENDITURE_TOTAL, f.expenditure().total());
        prior.put(PriorYearItem.GENERAL_PUBLIC_CURRENT, f.generalPublic().currentYear());
        prior.put(PriorYearItem.OFFICIAL_OVERSEAS_TRAVEL, f.threePublic().overseasTravel().amount());
        prior.put(PriorYearItem.OFFICIAL_RECEPTION, f.threePublic().reception().amount());
        prior.put(PriorYearItem.OFFICIAL_VEHICLE_PURCHASE, f.threePublic().vehiclePurchase().amount());
        prior.put(PriorYearItem.OFFICIAL_VEHICLE_OPERATION, f.threePublic().vehicleOperation().amount());
        prior.put(PriorYearItem.ADMINISTRATIVE_RUNNING, f.administrativeRunning().total());
        return prior;
    }

    private Project moved(Project p) {
        List<ProjectLine> lines = new ArrayList<>();
        for (ProjectLine line : p.lines()) {
            String where = NextYearReport.projectWhere(p.code(), p.name(), lines.size() + 1);
            lines.add(new ProjectLine(0, move(Classification.FUNCTIONAL, line.functionCode(), where),
                    move(Classification.DEPARTMENTAL_ECONOMIC, line.departmentalEconomicCode(), where),
                    line.source(), line.amount(), line.note()));
        }
        return new Project(0, p.code(), p.unitCode(), p.name(), p.category(), p.attribute(), p.period(),
                FundYear.CURRENT, p.procurement(), p.note(), lines);
    }

    /**
     * The code in the new catalog: its one successor by the year-to-year mapping when the new catalog
     * has it, else the code itself when the new catalog still has it; otherwise the old code is kept
     * (the audit's C.unknown flags it) and listed.
     */
    private String move(Classification classification, String code, String where) {
        if (code == null) {
            return null;
        }
        CodeSuccessors.Fate fate = successors.fateOf(classification, code);
        Optional<String> next = successors.successor(classification, code).filter(c -> newChart.contains(classification, c));
        if (next.isPresent() && !next.get().equals(code)) {
            recoded.add(new CodeNote(where, classification, code, fate, next.get()));
            return next.get();
        }
        if (next.isEmpty() || !newChart.contains(classification, code)) {
            unmapped.add(new CodeNote(where, classification, code, fate, null));
        }
        return code;
    }
}
