/**
 * The figures Part 3 of the booklet quotes (情况说明, docs/booklet.md): shares, changes against the
 * prior-year figures, lists of 款 names, 三公, 机关运行经费, procurement, performance management and
 * state assets — all computed from exact 元 sums, never typed.
 */
package org.yusuan.workbench.calc.narrative;
