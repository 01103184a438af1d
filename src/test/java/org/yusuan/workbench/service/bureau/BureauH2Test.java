package org.yusuan.workbench.service.bureau;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.io.TempDir;

/** The bureau's suite on its default store: an embedded H2 file in a temp folder. */
class BureauH2Test extends BureauContract {

    @TempDir
    Path folder;

    private int stores;

    @Override
    String newStore() {
        return folder.resolve("汇总库" + ++stores).toString();
    }

    @Override
    boolean untouched(String location) {
        return !java.nio.file.Files.exists(Path.of(location + ".mv.db"));
    }

    @Override
    Connection connect(String location) throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + location + ";IFEXISTS=TRUE", "sa", "");
    }
}
