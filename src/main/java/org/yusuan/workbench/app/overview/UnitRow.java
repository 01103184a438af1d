package org.yusuan.workbench.app.overview;

import org.yusuan.workbench.domain.money.Yuan;

/** One unit as the overview lists it. */
public record UnitRow(String code, String name, String type, int authorized, int actual, boolean staffingEntered,
                      int basicLines, int projects, Yuan basicTotal, Yuan projectTotal) {
}
