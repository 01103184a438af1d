package org.yusuan.workbench.exchange.sheet;

import java.util.List;
import java.util.Optional;

/** Where an import reads its sheets from: an xlsx file, a folder of CSV files, or a classpath folder. */
public interface WorkbookSource {

    /** The sheet of that name, or empty when the workbook does not have it. */
    Optional<Sheet> sheet(String name);

    /** Why the file as a whole cannot be read (each sentence names the file); empty when it can. */
    default List<String> faults() {
        return List.of();
    }
}
