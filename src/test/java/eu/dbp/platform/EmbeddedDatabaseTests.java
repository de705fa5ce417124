package eu.dbp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded run mode keeps its data: across a clean restart, after the JVM died and left its
 * server running, and after the server itself was killed without warning.
 */
class EmbeddedDatabaseTests {

    @TempDir Path home;

    private final EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();

    @Test
    void keepsCommittedDataAcrossARestart() throws Exception {
        Path dataDir = home.resolve("data");
        try (EmbeddedPostgres first = start(dataDir)) {
            execute(first, "create table note (text text); insert into note values ('kept')");
        }

        try (EmbeddedPostgres second = start(dataDir)) {
            assertThat(query(second, "select text from note")).isEqualTo("kept");
        }
    }

    @Test
    void startsAfterAKilledProcessLeftItsServerRunning() throws Exception {
        Path dataDir = home.resolve("data");
        killAfterCommit(dataDir, "committed");
        // The JVM died by SIGKILL; its daemonized postgres still runs on the data directory.
        assertThat(postmaster(dataDir).isAlive()).isTrue();

        try (EmbeddedPostgres next = start(dataDir)) {
            assertThat(query(next, "select text from note")).isEqualTo("committed");
        }
    }

    @Test
    void recoversCommittedDataAfterTheServerItselfWasKilled() throws Exception {
        Path dataDir = home.resolve("data");
        killAfterCommit(dataDir, "durable");
        ProcessHandle server = postmaster(dataDir);
        server.destroyForcibly();
        server.onExit().get(30, TimeUnit.SECONDS);

        try (EmbeddedPostgres next = start(dataDir)) {
            assertThat(query(next, "select text from note")).isEqualTo("durable");
        }
    }

    /**
     * Starts the cluster in a child JVM, waits for its commit, then kills that JVM with SIGKILL.
     */
    private static void killAfterCommit(Path dataDir, String text) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child =
                new ProcessBuilder(
                                java,
                                "-cp",
                                System.getProperty("java.class.path"),
                                AbandonedServer.class.getName(),
                                dataDir.toString(),
                                text)
                        .redirectErrorStream(true)
                        .start();
        try (var out =
                new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream()))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("committed"));
            assertThat(line).as("child JVM committed its row").isEqualTo("committed");
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static ProcessHandle postmaster(Path dataDir) throws Exception {
        long pid =
                Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
        return ProcessHandle.of(pid).orElseThrow();
    }

    @Test
    void runsWithDurabilityOn() throws Exception {
        try (EmbeddedPostgres postgres = start(home.resolve("data"))) {
            assertThat(query(postgres, "show fsync")).isEqualTo("on");
            assertThat(query(postgres, "show synchronous_commit")).isEqualTo("on");
        }
    }

    private EmbeddedPostgres start(Path dataDir) throws Exception {
        return configuration.embeddedPostgres(new EmbeddedDatabaseProperties(dataDir, 0, false));
    }

    private static void execute(EmbeddedPostgres postgres, String sql) throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String query(EmbeddedPostgres postgres, String sql) throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
