/**
 * The words the program says: {@link org.yusuan.workbench.text.Texts} reads each layer's bundle.
 * Below every other package; it uses the JDK only.
 */
package org.yusuan.workbench.text;
