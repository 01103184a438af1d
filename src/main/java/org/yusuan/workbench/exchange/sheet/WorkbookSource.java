package org.yusuan.workbench.exchange.sheet;

import java.util.Optional;

/** Where an import reads its sheets from: an xlsx file, a folder of CSV files, or a classpath folder. */
public interface WorkbookSource {

    /** The sheet of that name, or empty when the workbook does not have it. */
    Optional<Sheet> sheet(String name);
}
