package org.yusuan.workbench.testsupport;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yusuan.workbench.calc.SampleFixture;
import org.yusuan.workbench.domain.budget.BasicExpenditureLine;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.BudgetUnit;
import org.yusuan.workbench.domain.budget.Department;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.budget.ProjectLine;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.service.SigningKeys;
import org.yusuan.workbench.service.SubmissionExport;

/**
 * Departments for the bureau's tests: department 0 is the sample itself; department {@code r ≥ 1} is the
 * sample under its own codes (department, units, projects) with every amount × (1 + r/7) to the 分, so
 * that cells of several departments round differently summed than one by one. No forms: consolidation
 * does not read them.
 */
public final class Departments {

    private Departments() {
    }

    public static Budget department(int r) {
        Budget s = SampleFixture.budget();
        if (r == 0) {
            return s;
        }
        Department d = s.department();
        List<BudgetUnit> units = new ArrayList<>();
        s.units().forEach(u -> units.add(new BudgetUnit(unit(u.code(), r), u.name() + "（" + r + "）", u.type())));
        List<BasicExpenditureLine> basic = new ArrayList<>();
        s.basicLines().forEach(l -> basic.add(l.withUnitCode(unit(l.unitCode(), r)).withAmount(vary(l.amount(), r))));
        List<Project> projects = new ArrayList<>();
        for (Project p : s.projects()) {
            List<ProjectLine> lines = new ArrayList<>();
            p.lines().forEach(l -> lines.add(new ProjectLine(l.id(), l.functionCode(), l.departmentalEconomicCode(),
                    l.source(), vary(l.amount(), r), l.note())));
            String unit = unit(p.unitCode(), r);
            projects.add(new Project(p.id(), unit + p.code().substring(p.unitCode().length()), unit,
                    p.name() + "（" + r + "）", p.category(), p.attribute(), p.period(), p.fundYear(), p.procurement(),
                    p.note(), lines));
        }
        return new Budget(new Department(d.code() + r, d.name() + "（" + r + "）", d.budgetYear(), d.framework()),
                units, s.staffing().stream().map(st -> new org.yusuan.workbench.domain.budget.Staffing(
                        unit(st.unitCode(), r), st.category(), st.authorized(), st.actual())).toList(),
                basic, projects, List.of(), s.priorYear(), s.stateAssets(), s.narrative());
    }

    /** Department {@code budget}'s package, signed with the key in {@code keys}, made at {@code made}. */
    public static Path exportPackage(Budget budget, Path target, SigningKeys keys, Instant made) throws Exception {
        return exportPackage(budget, target, keys, made, Map.of());
    }

    /** As above, with the unit's 出错说明 kept in its file ({@code explanations} by finding key). */
    public static Path exportPackage(Budget budget, Path target, SigningKeys keys, Instant made,
                                     Map<String, String> explanations) throws Exception {
        var options = new SubmissionExport.Options("一上", "140404", null, false, true, Map.of());
        SubmissionExport.export(budget, SampleFixture.CHART, org.yusuan.workbench.domain.publication.Wording.NONE,
                explanations, target, options, keys,
                Clock.fixed(made, ZoneOffset.UTC), step -> { });
        return target;
    }

    private static String unit(String code, int r) {
        return code + String.format("%04d", r);
    }

    private static Yuan vary(Yuan amount, int r) {
        long fen = amount.toBigDecimal().movePointRight(2).longValueExact();
        return Yuan.ofFen(fen + fen * r / 7);
    }
}
