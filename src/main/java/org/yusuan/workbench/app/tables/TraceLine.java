package org.yusuan.workbench.app.tables;

import org.yusuan.workbench.domain.money.Yuan;

/** One line behind a table cell, as the accountant knows it. */
public record TraceLine(String unit, String kind, String what, String function, String economic, String source,
                        String year, Yuan amount) {
}
