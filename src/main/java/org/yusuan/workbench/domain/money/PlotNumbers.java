package org.yusuan.workbench.domain.money;

/**
 * The one place a money figure becomes a binary number: chart libraries and spreadsheet cells take
 * doubles. Only an already rounded 万元 display figure is converted, to size a pie slice or fill a
 * numeric cell that shows exactly those two decimals; nothing converted here is summed or printed
 * as text — those figures always come from exact {@code Yuan} sums.
 */
public final class PlotNumbers {

    private PlotNumbers() {
    }

    public static double of(WanYuan figure) {
        return figure.value().doubleValue();
    }
}
