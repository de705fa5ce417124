package eu.dbp.access;

import eu.dbp.access.AccessAdministration.Purpose;
import eu.dbp.platform.OrganisationKind;
import eu.dbp.platform.Organisations;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Loads the demo organisations, accounts, machine client and grants with exactly the calls the
 * {@code demo} module makes, once per test JVM. Tests then log in as {@code oem1}, {@code
 * recycler}, ... with {@link #PASSWORD}, and as the BMS with {@link #bmsToken()}.
 */
public final class DemoAccess {

    public static final String PASSWORD = System.getenv().getOrDefault("DBP_DEMO_PASSWORD", "demo");

    public static final String LEAF = "DEMO-LEAF-24-0001";
    public static final String TESLA = "DEMO-TESLA-S85-0001";
    public static final String MEB = "DEMO-MEB-82-0001";
    public static final String LFP = "DEMO-LFP-CTP-0001";
    public static final String EBIKE = "DEMO-EBIKE-500-0001";

    /** Every demo pack except {@link #LFP}, which is left without any grant. */
    public static final List<String> GRANTED = List.of(LEAF, TESLA, MEB, EBIKE);

    /** An organisation without accounts that tests may grant and authorise freely. */
    public static final String GRANTEE = "test-grantee";

    private static String bmsToken;

    private DemoAccess() {}

    public static synchronized void load(Organisations organisations, AccessAdministration admin) {
        if (bmsToken != null) {
            return;
        }
        organisations.ensure(
                "platform", "DBP platform operator", OrganisationKind.PLATFORM_OPERATOR);
        organisations.ensure("oem1", "Demo OEM One", OrganisationKind.MANUFACTURER);
        organisations.ensure("oem2", "Demo OEM Two", OrganisationKind.MANUFACTURER);
        organisations.ensure("repairer", "Demo Repair Shop", OrganisationKind.REPAIRER);
        organisations.ensure("remanufacturer", "Demo Reman", OrganisationKind.REMANUFACTURER);
        organisations.ensure("recycler", "Demo Recycling", OrganisationKind.RECYCLER);
        organisations.ensure(
                "authority",
                "Demo Market Surveillance",
                OrganisationKind.MARKET_SURVEILLANCE_AUTHORITY);
        organisations.ensure(GRANTEE, "Test grantee without accounts", OrganisationKind.RECYCLER);

        admin.ensureAccount("admin", PASSWORD, "platform", "ADMIN");
        admin.ensureAccount("oem1", PASSWORD, "oem1", "MANUFACTURER");
        admin.ensureAccount("oem2", PASSWORD, "oem2", "MANUFACTURER");
        admin.ensureAccount("repairer", PASSWORD, "repairer", "REPAIRER");
        admin.ensureAccount("remanufacturer", PASSWORD, "remanufacturer", "REMANUFACTURER");
        admin.ensureAccount("recycler", PASSWORD, "recycler", "RECYCLER");
        admin.ensureAccount("authority", PASSWORD, "authority", "AUTHORITY");

        Instant inAYear = Instant.now().plus(Duration.ofDays(365));
        for (String org : List.of("repairer", "remanufacturer", "recycler")) {
            admin.grantLegitimateInterest(org, Purpose.DISMANTLING, GRANTED, null, inAYear);
        }
        bmsToken = admin.ensureMachineClient("bms", "oem1", List.of(LEAF, MEB));
    }

    public static synchronized String bmsToken() {
        return bmsToken;
    }
}
