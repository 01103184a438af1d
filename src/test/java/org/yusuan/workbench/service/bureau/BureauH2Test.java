package org.yusuan.workbench.service.bureau;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.io.TempDir;

/** The bureau's suite on its default store: an embedded H2 file in a temp folder. */
class BureauH2Test extends BureauContract {

    @TempDir
    Path folder;

    @Override
    String newStore() {
        return folder.resolve("汇总库").toString();
    }

    @Override
    Connection connect(String location) throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + location + ";IFEXISTS=TRUE", "sa", "");
    }
}
