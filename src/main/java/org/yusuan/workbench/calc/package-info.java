/**
 * The derivation engine: from a budget, the 13 disclosure tables (docs/architecture.md, "Live
 * tables"). Pure domain code: no database, no JavaFX. The root holds the top of the engine —
 * {@link org.yusuan.workbench.calc.DisclosureTables}, {@link org.yusuan.workbench.calc.LiveBudget},
 * {@link org.yusuan.workbench.calc.CellTrace} — over {@code calc.ledger} (postings and exact 元 sums),
 * {@code calc.tables} (one derivation per table) and {@code calc.narrative}; each printed cell is
 * rounded from its own 元 sum.
 */
package org.yusuan.workbench.calc;
