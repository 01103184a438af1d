package org.yusuan.workbench.calc.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.yusuan.workbench.calc.table.Cell;
import org.yusuan.workbench.domain.budget.FundingSource;
import org.yusuan.workbench.domain.money.Yuan;

/** 合计 followed by amounts by source, for the tables that split by 财政拨款 source (10-13). */
final class FiscalColumns {

    static final List<FundingSource> FISCAL = List.of(FundingSource.GENERAL_PUBLIC_BUDGET,
            FundingSource.GOVERNMENT_FUND, FundingSource.STATE_CAPITAL);

    private FiscalColumns() {
    }

    /** [合计 over {@code sources}, then one cell per source]. */
    static List<Cell> cells(List<FundingSource> sources, Function<FundingSource, Yuan> amount) {
        List<Cell> cells = new ArrayList<>();
        Yuan total = Yuan.ZERO;
        List<Cell> parts = new ArrayList<>();
        for (FundingSource source : sources) {
            Yuan value = amount.apply(source);
            total = total.plus(value);
            parts.add(Cell.amount(value));
        }
        cells.add(Cell.amount(total));
        cells.addAll(parts);
        return cells;
    }

    static Yuan total(List<FundingSource> sources, Function<FundingSource, Yuan> amount) {
        return sources.stream().map(amount).reduce(Yuan.ZERO, Yuan::plus);
    }
}
