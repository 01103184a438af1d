package org.yusuan.workbench.testsupport;

import java.io.IOException;

/**
 * A PostgreSQL server for tools/bench/bureau.sh, started exactly as the tests start theirs: prints one
 * JDBC URL per line read on standard input (each a new database), and stops when input ends.
 */
public final class PostgresServerMain {

    private PostgresServerMain() {
    }

    public static void main(String[] args) throws IOException {
        var in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8));
        while (in.readLine() != null) {
            System.out.println(PostgresServer.newDatabase());
            System.out.flush();
        }
        System.exit(0);
    }
}
