package eu.dbp.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/**
 * Run in a child JVM by {@link EmbeddedDatabaseTests}: starts the embedded cluster on a data
 * directory, commits one row, says so, and waits to be killed with SIGKILL.
 */
public final class AbandonedServer {

    private AbandonedServer() {}

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres postgres =
                new EmbeddedDatabaseConfiguration()
                        .embeddedPostgres(
                                new EmbeddedDatabaseProperties(Path.of(args[0]), 0, false));
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create table note (text text); insert into note values ('" + args[1] + "')");
        }
        System.out.println("committed");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
