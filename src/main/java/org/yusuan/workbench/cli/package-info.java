/** The {@code yusuan} command line (picocli): runs without a display, for scripts and the finance bureau. */
package org.yusuan.workbench.cli;
