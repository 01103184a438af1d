package org.yusuan.workbench.audit;

import static org.yusuan.workbench.audit.AuditTexts.TEXTS;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.yusuan.workbench.calc.ledger.BudgetLedger;
import org.yusuan.workbench.calc.DisclosureTables;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.BudgetUnit;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;

/** What the rules look at: the budget as entered, its year's catalog and the derived tables. */
public final class AuditContext {

    private final Budget budget;
    private final ChartOfAccounts chart;
    private final DisclosureTables tables;
    private final Map<Integer, DisclosureTable> given;

    /** Shares the tables a screen already keeps current. */
    public AuditContext(Budget budget, ChartOfAccounts chart, DisclosureTables tables) {
        this(budget, chart, tables, Map.of());
    }

    private AuditContext(Budget budget, ChartOfAccounts chart, DisclosureTables tables,
                         Map<Integer, DisclosureTable> given) {
        this.budget = Objects.requireNonNull(budget, "budget");
        this.chart = Objects.requireNonNull(chart, "chart");
        this.tables = Objects.requireNonNull(tables, "tables");
        this.given = Map.copyOf(given);
    }

    /** Derives the tables of {@code budget}. */
    public static AuditContext of(Budget budget, ChartOfAccounts chart) {
        return new AuditContext(budget, chart, new DisclosureTables(new BudgetLedger(budget, chart)));
    }

    /**
     * The same context with one table taken as given instead of derived: to check a table that was
     * edited or read back from elsewhere (such as a published booklet) against the others.
     */
    public AuditContext withTable(DisclosureTable table) {
        Map<Integer, DisclosureTable> replaced = new HashMap<>(given);
        replaced.put(table.number(), table);
        return new AuditContext(budget, chart, tables, replaced);
    }

    public Budget budget() {
        return budget;
    }

    public ChartOfAccounts chart() {
        return chart;
    }

    /** Table 1-13: the given one if any, else the derived one. */
    public DisclosureTable table(int number) {
        DisclosureTable table = given.get(number);
        return table != null ? table : tables.table(number);
    }

    /** The unit's name, or the code alone for a unit the budget does not have. */
    public String unitName(String unitCode) {
        return budget.unit(unitCode).map(BudgetUnit::name).orElse(unitCode);
    }

    public Optional<Project> project(String code) {
        return code == null ? Optional.empty() : budget.project(code);
    }

    /** "项目「名称」（单位名称）" for messages. */
    public String projectLabel(Project p) {
        return TEXTS.get("label.project", p.name(), unitName(p.unitCode()));
    }

    /** The form's project in words, or 部门整体绩效目标表. */
    public String formLabel(String projectCode) {
        return project(projectCode).map(p -> TEXTS.get("label.form", p.name()))
                .orElse(projectCode == null ? TEXTS.get("place.departmentForm")
                        : TEXTS.get("label.formOfUnknownProject", projectCode));
    }

    /** "基本支出第 2 行（单位名称，20,000.00元）" for messages: {@code index} is 1-based. */
    String basicLineLabel(int index, String unitCode, org.yusuan.workbench.domain.money.Yuan amount) {
        return TEXTS.get("label.basicLine", Integer.toString(index), unitName(unitCode), amount.format());
    }
}
