package eu.dbp.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL from the application's own classpath when no external database is
 * configured, so that one command runs DBP on a fresh machine.
 *
 * <p>zonky's defaults suit tests (fsync off, data deleted on close); here the cluster keeps its
 * data directory and runs with full durability. A JVM killed with SIGKILL leaves its postgres
 * running, because postgres daemonizes: the next start stops that stale server first.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    private static final Duration STALE_SERVER_STOP_TIMEOUT = Duration.ofSeconds(30);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        EmbeddedPostgres.Builder builder =
                EmbeddedPostgres.builder()
                        .setPort(properties.port())
                        .setPGStartupWait(Duration.ofSeconds(60));
        if (properties.ephemeral()) {
            return builder.start();
        }

        Path dataDir = properties.dataDir().toAbsolutePath();
        Files.createDirectories(dataDir.getParent());
        stopStaleServer(dataDir);
        EmbeddedPostgres postgres =
                builder.setDataDirectory(dataDir)
                        .setCleanDataDirectory(false)
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on")
                        .start();
        log.info(
                "Embedded PostgreSQL started on port {} with data directory {}",
                postgres.getPort(),
                dataDir);
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setPoolName("dbp-embedded");
        config.setMaximumPoolSize(10);
        return new HikariDataSource(config);
    }

    /**
     * A postmaster.pid naming a live process means a previous JVM died without stopping its server.
     * SIGTERM asks postgres for a smart shutdown, which completes at once because the clients died
     * with that JVM; committed data is safe in the WAL either way.
     */
    static void stopStaleServer(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        Optional<ProcessHandle> stale =
                readPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (stale.isEmpty()) {
            return;
        }

        ProcessHandle server = stale.get();
        log.warn(
                "Stopping stale embedded PostgreSQL (pid {}) left running on {}",
                server.pid(),
                dataDir);
        server.destroy();
        try {
            server.onExit()
                    .get(
                            STALE_SERVER_STOP_TIMEOUT.toSeconds(),
                            java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            server.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(
                    "Interrupted while stopping stale PostgreSQL pid " + server.pid(), e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(
                    "Could not stop stale PostgreSQL pid " + server.pid(), e);
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
            return firstLine.matches("\\d+")
                    ? Optional.of(Long.parseLong(firstLine))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + pidFile, e);
        }
    }
}
