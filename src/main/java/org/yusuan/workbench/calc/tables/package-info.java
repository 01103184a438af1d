/** One class per disclosure table, each reading the ledger sums it needs. */
package org.yusuan.workbench.calc.tables;
