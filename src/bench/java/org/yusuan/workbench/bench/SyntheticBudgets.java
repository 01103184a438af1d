package org.yusuan.workbench.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.yusuan.workbench.domain.budget.BasicExpenditureLine;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.BudgetUnit;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.budget.ProjectLine;
import org.yusuan.workbench.domain.budget.Staffing;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;
import org.yusuan.workbench.domain.classification.Classification;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.exchange.catalog.BuiltInCatalog;
import org.yusuan.workbench.exchange.sheet.CsvWorkbook;
import org.yusuan.workbench.exchange.workbook.BaseDataReader;

/**
 * Deterministic synthetic budgets for the benchmarks: {@code factor} replicas of the shipped sample
 * (长治市公安局上党分局 2023), so the code mix — 功能项, 经济款, sources, 本年/上年结转, unit types — is
 * that of a real budget.
 *
 * <p>Replica 0 is the sample itself, unchanged, so {@code scaled(1)} is exactly the budget the golden
 * test checks. Replica {@code r ≥ 1} copies every unit (code {@code <unit code><r as 4 digits>}),
 * its basic lines and its projects with their lines (project code {@code <new unit code><suffix of the
 * sample's project code>}), each amount multiplied by a factor between 0.50 and 1.50 drawn from
 * {@code new Random(r)}: the same replica has the same amounts in every size, so a larger budget
 * contains every smaller one. Performance forms are not copied (the derivation engine does not read
 * them); department, narrative and prior-year figures are the sample's.
 */
public final class SyntheticBudgets {

    /** The chart every synthetic budget is valid in. */
    public static final ChartOfAccounts CHART = BuiltInCatalog.load(2023);

    private static final String SAMPLE = "/org/yusuan/workbench/sample/shangdang-2023";
    private static Budget sample;

    private SyntheticBudgets() {
    }

    /** The shipped sample, read through the ordinary import. */
    public static synchronized Budget sample() {
        if (sample == null) {
            var result = BaseDataReader.read(CsvWorkbook.onClasspath(SAMPLE), CHART);
            if (!result.isOk()) {
                throw new IllegalStateException(result.problems().toString());
            }
            sample = result.budget();
        }
        return sample;
    }

    /** {@code factor} × the sample's units, basic lines, projects and project lines. */
    public static Budget scaled(int factor) {
        if (factor < 1 || factor > 9999) {
            throw new IllegalArgumentException("factor must be 1..9999: " + factor);
        }
        Budget s = sample();
        List<BudgetUnit> units = new ArrayList<>(s.units().size() * factor);
        List<Staffing> staffing = new ArrayList<>(s.staffing().size() * factor);
        List<BasicExpenditureLine> basic = new ArrayList<>(s.basicLines().size() * factor);
        List<Project> projects = new ArrayList<>(s.projects().size() * factor);
        long nextId = 1;
        for (int r = 0; r < factor; r++) {
            Random random = new Random(r);
            for (BudgetUnit u : s.units()) {
                units.add(r == 0 ? u : new BudgetUnit(unitCode(u.code(), r), u.name() + "（模拟" + r + "）", u.type()));
            }
            for (Staffing st : s.staffing()) {
                staffing.add(new Staffing(unitCode(st.unitCode(), r), st.category(), st.authorized(), st.actual()));
            }
            for (BasicExpenditureLine l : s.basicLines()) {
                basic.add(new BasicExpenditureLine(nextId++, unitCode(l.unitCode(), r), l.functionCode(),
                        l.departmentalEconomicCode(), l.governmentEconomicOverride(), l.source(),
                        vary(l.amount(), r, random), l.expenseKindOverride(), l.fundYear(), l.note()));
            }
            for (Project p : s.projects()) {
                List<ProjectLine> lines = new ArrayList<>(p.lines().size());
                for (ProjectLine l : p.lines()) {
                    lines.add(new ProjectLine(nextId++, l.functionCode(), l.departmentalEconomicCode(), l.source(),
                            vary(l.amount(), r, random), l.note()));
                }
                String unit = unitCode(p.unitCode(), r);
                String code = r == 0 ? p.code() : unit + p.code().substring(p.unitCode().length());
                projects.add(new Project(nextId++, code, unit, p.name(), p.category(), p.attribute(), p.period(),
                        p.fundYear(), p.procurement(), p.note(), lines));
            }
        }
        Budget budget = new Budget(s.department(), units, staffing, basic, projects, List.of(), s.priorYear(),
                s.stateAssets(), s.narrative());
        checkCodes(budget);
        return budget;
    }

    private static String unitCode(String sampleCode, int replica) {
        return replica == 0 ? sampleCode : sampleCode + String.format("%04d", replica);
    }

    /** The sample's amount in replica 0; otherwise × (0.50 … 1.50), to the 分. */
    private static Yuan vary(Yuan amount, int replica, Random random) {
        if (replica == 0) {
            return amount;
        }
        int percent = 50 + random.nextInt(101);
        long fen = amount.toBigDecimal().movePointRight(2).longValueExact();
        return Yuan.ofFen(Math.round(fen * (percent / 100.0)));
    }

    /** Every code of every line must be in the built-in catalog (copied from the sample, so they are). */
    private static void checkCodes(Budget budget) {
        for (BasicExpenditureLine l : budget.basicLines()) {
            require(Classification.FUNCTIONAL, l.functionCode());
            require(Classification.DEPARTMENTAL_ECONOMIC, l.departmentalEconomicCode());
        }
        for (Project p : budget.projects()) {
            for (ProjectLine l : p.lines()) {
                require(Classification.FUNCTIONAL, l.functionCode());
                if (l.departmentalEconomicCode() != null) {
                    require(Classification.DEPARTMENTAL_ECONOMIC, l.departmentalEconomicCode());
                }
            }
        }
    }

    private static void require(Classification classification, String code) {
        if (!CHART.contains(classification, code)) {
            throw new IllegalStateException(classification + " code " + code + " not in the 2023 catalog");
        }
    }

    /** Size of a budget, for the record in docs/performance.md. */
    public static String describe(Budget b) {
        return "units=" + b.units().size() + " basicLines=" + b.basicLines().size() + " projects="
                + b.projects().size() + " projectLines=" + b.projectLineCount();
    }
}
