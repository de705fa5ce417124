package eu.dbp.demo;

import eu.dbp.access.AccessAdministration;
import eu.dbp.access.AccessAdministration.Purpose;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo accounts (password {@code demo} unless {@code DBP_DEMO_PASSWORD} is set), the BMS
 * machine client, and legitimate-interest grants for dismantling on every demo pack but the LFP
 * one, which stays without any grant. The BMS token is written to a file readable by its owner
 * only, never to the log.
 */
@Component
@Order(1)
class AccessDemoStep implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(AccessDemoStep.class);

    static final List<String> GRANTED =
            List.of(DemoPacks.LEAF, DemoPacks.TESLA, DemoPacks.MEB, DemoPacks.EBIKE);

    private final AccessAdministration access;
    private final String password;
    private final Path tokenFile;

    AccessDemoStep(
            AccessAdministration access,
            @Value("${DBP_DEMO_PASSWORD:demo}") String password,
            @Value("${dbp.embedded.data-dir}") Path dataDir) {
        this.access = access;
        this.password = password;
        this.tokenFile = dataDir.toAbsolutePath().resolveSibling("demo-bms-token");
    }

    @Override
    public void load() {
        access.ensureAccount("admin", password, "platform", "ADMIN");
        access.ensureAccount("oem1", password, "oem1", "MANUFACTURER");
        access.ensureAccount("oem2", password, "oem2", "MANUFACTURER");
        access.ensureAccount("repairer", password, "repairer", "REPAIRER");
        access.ensureAccount("remanufacturer", password, "remanufacturer", "REMANUFACTURER");
        access.ensureAccount("recycler", password, "recycler", "RECYCLER");
        access.ensureAccount("authority", password, "authority", "AUTHORITY");

        Instant inAYear = Instant.now().plus(Duration.ofDays(365));
        for (String organisation : List.of("repairer", "remanufacturer", "recycler")) {
            access.grantLegitimateInterest(
                    organisation, Purpose.DISMANTLING, GRANTED, null, inAYear);
        }
        String token =
                access.ensureMachineClient("bms", "oem1", List.of(DemoPacks.LEAF, DemoPacks.MEB));
        writeToken(token);
    }

    private void writeToken(String token) {
        try {
            Files.createDirectories(tokenFile.getParent());
            Files.writeString(tokenFile, token + System.lineSeparator());
            Files.setPosixFilePermissions(tokenFile, PosixFilePermissions.fromString("rw-------"));
            log.info(
                    "Demo accounts created; the API token of machine client 'bms' is in {}",
                    tokenFile);
        } catch (IOException | UnsupportedOperationException e) {
            throw new UncheckedIOException(
                    "cannot write the demo BMS token to " + tokenFile,
                    e instanceof IOException io ? io : new IOException(e));
        }
    }
}
