package org.yusuan.workbench.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.yusuan.workbench.calc.ledger.BudgetLedger;
import org.yusuan.workbench.calc.DisclosureTables;
import org.yusuan.workbench.calc.ledger.Posting;
import org.yusuan.workbench.calc.ledger.Postings;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.ExpenseKind;
import org.yusuan.workbench.domain.budget.FundYear;
import org.yusuan.workbench.domain.budget.Project;
import org.yusuan.workbench.domain.money.Yuan;

/**
 * Derivation of the 13 disclosure tables for budgets 1×, 10×, 100× and 1000× the sample
 * ({@link SyntheticBudgets}): from scratch, and after a single-line edit on tables already derived.
 * Settings suit a 2-core machine: one fork, 5 × 2 s warm-up, 5 × 1 s measurement, mean time per call,
 * about 3½ minutes for all twelve runs. The warm-up is that long because a first full derivation of
 * the 1000× budget runs for over a second before the JIT compiler has caught up; with 3 × 1 s the
 * first measured iterations were still falling.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
public class DerivationBenchmarks {

    /** The amount an edit adds to (and then takes back from) the edited line. */
    static final Yuan DELTA = Yuan.ofFen(12_345);

    /** A synthetic budget of one size. */
    @State(Scope.Benchmark)
    public static class Sized {

        @Param({"1", "10", "100", "1000"})
        public int factor;

        Budget budget;

        @Setup(Level.Trial)
        public void build() {
            budget = SyntheticBudgets.scaled(factor);
        }
    }

    /**
     * Derived tables of one size plus one line's posting in two versions; every call swaps the
     * line's posting for the other version, so the budget toggles between two states and does not
     * drift.
     */
    @State(Scope.Thread)
    public abstract static class Edited {

        @Param({"1", "10", "100", "1000"})
        public int factor;

        BudgetLedger ledger;
        DisclosureTables tables;
        private Posting original;
        private Posting changed;
        private boolean isChanged;

        @Setup(Level.Trial)
        public void derive() {
            Budget budget = SyntheticBudgets.scaled(factor);
            ledger = new BudgetLedger(budget, SyntheticBudgets.CHART);
            tables = new DisclosureTables(ledger);
            tables.all();
            original = editedLine(budget, new Postings(budget, SyntheticBudgets.CHART), factor / 2);
            changed = withAmount(original, original.amount().plus(DELTA));
        }

        /** The posting of the line to edit, in replica {@code replica} of the sample. */
        abstract Posting editedLine(Budget budget, Postings postings, int replica);

        /** ledger.remove(old); ledger.add(new), alternating direction. */
        void edit() {
            ledger.remove(isChanged ? changed : original);
            ledger.add(isChanged ? original : changed);
            isChanged = !isChanged;
        }
    }

    /** Edits the first 公用经费 basic line of the middle replica (tables 1-11 go stale). */
    @State(Scope.Thread)
    public static class BasicEdit extends Edited {
        @Override
        Posting editedLine(Budget budget, Postings postings, int replica) {
            int perReplica = SyntheticBudgets.sample().basicLines().size();
            return budget.basicLines().subList(replica * perReplica, (replica + 1) * perReplica).stream()
                    .filter(l -> l.expenseKind() == ExpenseKind.PUBLIC && l.fundYear() == FundYear.CURRENT)
                    .findFirst().map(postings::basic).orElseThrow();
        }
    }

    /**
     * Edits the first line of the first 本年 project of the middle replica (tables 1-5, 7-10, 12 and
     * 13 go stale).
     */
    @State(Scope.Thread)
    public static class ProjectEdit extends Edited {
        @Override
        Posting editedLine(Budget budget, Postings postings, int replica) {
            int perReplica = SyntheticBudgets.sample().projects().size();
            Project project = budget.projects().subList(replica * perReplica, (replica + 1) * perReplica).stream()
                    .filter(p -> p.fundYear() == FundYear.CURRENT && !p.lines().isEmpty())
                    .findFirst().orElseThrow();
            return postings.project(project, project.lines().get(0));
        }
    }

    /** new BudgetLedger(budget, chart) + DisclosureTables(…).all(): every posting, every table. */
    @Benchmark
    public List<DisclosureTable> fullDerivation(Sized sized) {
        return new DisclosureTables(new BudgetLedger(sized.budget, SyntheticBudgets.CHART)).all();
    }

    /** One basic line's amount changed, then all 13 tables (only the stale ones re-derive). */
    @Benchmark
    public List<DisclosureTable> basicLineEdit(BasicEdit state) {
        state.edit();
        return state.tables.all();
    }

    /** One project line's amount changed, then all 13 tables (only the stale ones re-derive). */
    @Benchmark
    public List<DisclosureTable> projectLineEdit(ProjectEdit state) {
        state.edit();
        return state.tables.all();
    }

    static Posting withAmount(Posting p, Yuan amount) {
        return new Posting(p.nature(), p.unitCode(), p.unitType(), p.projectCode(), p.functionCode(),
                p.departmentalEconomicCode(), p.governmentEconomicCode(), p.expenseKind(), p.source(), p.fundYear(),
                amount);
    }

    /** Prints the sizes of the synthetic budgets (for docs/performance.md). */
    public static void main(String[] args) {
        for (int factor : new int[] {1, 10, 100, 1000}) {
            System.out.println(factor + "×: " + SyntheticBudgets.describe(SyntheticBudgets.scaled(factor)));
        }
    }
}
