package org.yusuan.workbench.app.department;

import java.util.Optional;
import org.yusuan.workbench.calc.narrative.Change;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.domain.narrative.PriorYearItem;

/**
 * One 上年数 beside this year's figure from the live 情况说明 figures.
 *
 * @param prior null when the accountant has not entered it (the narrative then says nothing of a change)
 */
public record PriorYearRow(PriorYearItem item, Yuan prior, Yuan current) {

    public Optional<Change> change() {
        return prior == null ? Optional.empty() : Optional.of(Change.of(current, prior));
    }
}
