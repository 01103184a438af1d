/**
 * Files that cross the program's edge: the base-data workbook (import and template), the
 * official catalog import, and the shipped sample. Every import validates everything first and
 * hands back either a complete result or the full list of problems, never half of one.
 */
package org.yusuan.workbench.exchange;
