package org.yusuan.workbench.calc;

import org.yusuan.workbench.calc.ledger.BudgetLedger;
import org.yusuan.workbench.calc.ledger.Aggregate;
import org.yusuan.workbench.calc.ledger.TableTemplate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yusuan.workbench.calc.table.DisclosureTable;
import org.yusuan.workbench.calc.tables.TableDerivation;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;

/**
 * The 13 disclosure tables of a budget, kept current: each table is derived from the ledger when
 * first asked for and again only after one of the sums it reads has changed.
 */
public final class DisclosureTables {

    private final BudgetLedger ledger;
    private final TableTemplate template;
    private final List<TableDerivation> derivations = TableDerivation.all();
    private final Map<Integer, DisclosureTable> cache = new HashMap<>();
    private final Map<Integer, Map<Aggregate, Long>> cachedAt = new HashMap<>();

    public DisclosureTables(BudgetLedger ledger) {
        this(ledger, org.yusuan.workbench.domain.publication.Wording.NONE);
    }

    /** The tables titled in a file's {@code wording} (the shipped titles where it has none). */
    public DisclosureTables(BudgetLedger ledger, org.yusuan.workbench.domain.publication.Wording wording) {
        this.ledger = ledger;
        this.template = TableTemplate.forYear(ledger.department().budgetYear(), wording);
    }

    /** All tables of a budget, derived once (for the command line and the booklet). */
    public static List<DisclosureTable> derive(Budget budget, ChartOfAccounts chart) {
        return new DisclosureTables(new BudgetLedger(budget, chart)).all();
    }

    /** As {@link #derive(Budget, ChartOfAccounts)}, titled in a file's {@code wording}. */
    public static List<DisclosureTable> derive(Budget budget, ChartOfAccounts chart,
                                               org.yusuan.workbench.domain.publication.Wording wording) {
        return new DisclosureTables(new BudgetLedger(budget, chart), wording).all();
    }

    public BudgetLedger ledger() {
        return ledger;
    }

    public DisclosureTable table(int number) {
        TableDerivation derivation = derivations.get(number - 1);
        Map<Aggregate, Long> now = versions(derivation);
        if (!now.equals(cachedAt.get(number))) {
            cache.put(number, derivation.derive(ledger, template));
            cachedAt.put(number, now);
        }
        return cache.get(number);
    }

    public List<DisclosureTable> all() {
        return derivations.stream().map(d -> table(d.number())).toList();
    }

    private Map<Aggregate, Long> versions(TableDerivation derivation) {
        Map<Aggregate, Long> versions = new EnumMap<>(Aggregate.class);
        derivation.reads().forEach(a -> versions.put(a, ledger.version(a)));
        return versions;
    }
}
