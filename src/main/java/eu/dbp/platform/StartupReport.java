package eu.dbp.platform;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the operator, once the application is ready, which database it uses and where to go. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    StartupReport(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        log.info("Database: {} (schema version {})", database(), schemaVersion());
        if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
            String base = "http://localhost:" + web.getWebServer().getPort();
            log.info(
                    "DBP is ready: dashboard {}/ , API documentation {}/swagger-ui.html ,"
                            + " public passport pages {}/p/<id>",
                    base,
                    base,
                    base);
        }
    }

    private String database() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return meta.getDatabaseProductName()
                    + " "
                    + meta.getDatabaseProductVersion()
                    + " at "
                    + meta.getURL();
        } catch (SQLException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private String schemaVersion() {
        return jdbc.sql(
                        "select version from flyway_schema_history where success order by installed_rank desc limit 1")
                .query(String.class)
                .optional()
                .orElse("none");
    }
}
