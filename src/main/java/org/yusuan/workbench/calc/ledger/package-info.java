/**
 * The bottom of the derivation engine: every line becomes a {@link org.yusuan.workbench.calc.ledger.Posting}
 * (codes resolved), and the {@link org.yusuan.workbench.calc.ledger.BudgetLedger} keeps exact 元 sums
 * by the few keys the tables and the narrative read; {@link org.yusuan.workbench.calc.ledger.TableTemplate}
 * is the per-year wording of the tables. Below {@code calc.tables} and {@code calc.narrative}, which
 * read it; it reads neither.
 */
package org.yusuan.workbench.calc.ledger;
