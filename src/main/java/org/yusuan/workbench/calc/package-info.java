/**
 * The derivation engine: from a budget, the 13 disclosure tables (DOMAIN §5). Pure domain code: no
 * database, no JavaFX. Lines become {@link org.yusuan.workbench.calc.Posting}s; a
 * {@link org.yusuan.workbench.calc.BudgetLedger} keeps exact 元 sums by the few keys the tables
 * need and takes single postings in and out, so an edit touches a handful of sums; each table is
 * then read off the ledger, rounding every printed cell from its own 元 sum.
 */
package org.yusuan.workbench.calc;
