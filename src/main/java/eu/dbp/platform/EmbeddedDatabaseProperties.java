package eu.dbp.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL that starts when no {@code spring.datasource.url} is set.
 *
 * @param dataDir where the cluster lives; kept across restarts unless {@code ephemeral}
 * @param port TCP port on the loopback interface; 0 picks a free one
 * @param ephemeral a throw-away cluster in a temporary directory with durability off (tests)
 */
@ConfigurationProperties("dbp.embedded")
public record EmbeddedDatabaseProperties(
        Path dataDir, @DefaultValue("0") int port, @DefaultValue("false") boolean ephemeral) {}
