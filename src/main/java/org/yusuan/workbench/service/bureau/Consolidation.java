package org.yusuan.workbench.service.bureau;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yusuan.workbench.calc.DisclosureTables;
import org.yusuan.workbench.calc.ledger.BudgetLedger;
import org.yusuan.workbench.calc.table.Cell;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.calc.table.TableRow;
import org.yusuan.workbench.domain.budget.BasicExpenditureLine;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.BudgetUnit;
import org.yusuan.workbench.domain.budget.Department;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.classification.CatalogEntry;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;
import org.yusuan.workbench.domain.classification.EconomicMapping;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.store.bureau.BureauRegister.StoredDepartment;
import org.yusuan.workbench.text.Texts;

/**
 * The 13 tables over several departments (汇总): one budget holding every chosen department's units,
 * lines and projects, derived by the same engine as a single department's. So each printed cell is
 * rounded from the exact 元 total over all departments, never a sum of rounded cells, exactly as the
 * booklet rounds one department's.
 *
 * @param departments the departments consolidated, by code
 */
public record Consolidation(int year, String stage, List<Member> departments, List<DisclosureTable> tables) {

    private static final Texts TEXTS = Texts.of("org.yusuan.workbench.service");

    /** One consolidated department: its code, name and the register entry its figures come from. */
    public record Member(String code, String name, long fileId, Budget budget, ChartOfAccounts chart) {
    }

    /** What one department contributes to a consolidated cell, in exact 元. */
    public record Contribution(String depCode, String depName, Yuan amount) {
    }

    public Consolidation {
        departments = List.copyOf(departments);
        tables = List.copyOf(tables);
    }

    static Consolidation of(int year, String stage, List<StoredDepartment> stored) {
        List<Member> members = stored.stream().map(s -> new Member(s.entry().depCode(), s.entry().depName(),
                s.entry().fileId(), s.budget(), s.chart())).toList();
        if (members.isEmpty()) {
            return new Consolidation(year, stage, members, List.of());
        }
        Budget combined = combined(year, members);
        return new Consolidation(year, stage, members, DisclosureTables.derive(combined, chartOf(members)));
    }

    /** Every department's units, lines and projects in one budget, departments in code order. */
    static Budget combined(int year, List<Member> members) {
        List<BudgetUnit> units = new ArrayList<>();
        List<BasicExpenditureLine> basic = new ArrayList<>();
        List<Project> projects = new ArrayList<>();
        for (Member m : members) {
            units.addAll(m.budget().units());
            basic.addAll(m.budget().basicLines());
            projects.addAll(m.budget().projects());
        }
        String name = members.size() == 1 ? members.get(0).name()
                : TEXTS.get("bureau.consolidatedName", members.size());
        String code = members.size() == 1 ? members.get(0).code() : "";
        Department department = new Department(code, name, year, members.get(0).budget().department().framework());
        return new Budget(department, units, List.of(), basic, projects, List.of(), Map.of(), List.of(), Map.of());
    }

    /**
     * The charts of all members as one: usually they are the same year's catalog; where two name a code
     * differently, the first department's (by code) wins, as the first listed is the one printed.
     */
    static ChartOfAccounts chartOf(List<Member> members) {
        Map<String, CatalogEntry> entries = new LinkedHashMap<>();
        Map<String, EconomicMapping> mappings = new LinkedHashMap<>();
        for (Member m : members) {
            m.chart().allEntries().forEach(e -> entries.putIfAbsent(e.classification() + "/" + e.code(), e));
            m.chart().mappings().forEach(e -> mappings.putIfAbsent(e.category() + "/" + e.departmentalCode(), e));
        }
        return new ChartOfAccounts(entries.values(), mappings.values());
    }

    public DisclosureTable table(int number) {
        return tables.get(number - 1);
    }

    /**
     * Who contributes to a cell of a consolidated table: the same cell of each department's own table
     * (rows matched by kind and code, which names fixed rows such as the total too), departments with
     * nothing in it left out.
     *
     * @param row    the row's index in the consolidated table, from 0
     * @param column the column's index, from 0
     */
    public List<Contribution> contributions(int tableNumber, int row, int column) {
        TableRow target = table(tableNumber).rows().get(row);
        List<Contribution> contributions = new ArrayList<>();
        for (Member m : departments) {
            DisclosureTable own = new DisclosureTables(new BudgetLedger(m.budget(), m.chart())).table(tableNumber);
            matching(own, target).map(r -> r.cell(column)).filter(c -> c instanceof Cell.Amount)
                    .map(c -> ((Cell.Amount) c).exact()).filter(a -> !a.isZero())
                    .ifPresent(a -> contributions.add(new Contribution(m.code(), m.name(), a)));
        }
        return contributions;
    }

    private static Optional<TableRow> matching(DisclosureTable own, TableRow target) {
        return own.rows().stream()
                .filter(r -> r.kind() == target.kind() && java.util.Objects.equals(r.code(), target.code()))
                .findFirst();
    }
}
