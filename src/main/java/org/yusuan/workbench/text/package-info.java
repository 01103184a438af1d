/**
 * Text as the program reads and writes it, below every other package (the JDK only):
 * {@link org.yusuan.workbench.text.Texts}, the one way to the words the program says (a bundle per
 * layer), and {@link org.yusuan.workbench.text.Csv}, the one reading and writing of CSV (RFC 4180),
 * which the workbook import and the tables' CSV output share.
 */
package org.yusuan.workbench.text;
