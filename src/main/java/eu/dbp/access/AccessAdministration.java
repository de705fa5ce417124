package eu.dbp.access;

import eu.dbp.audit.AuditTrail;
import eu.dbp.platform.FieldViolation;
import eu.dbp.platform.InvalidInputException;
import eu.dbp.platform.Organisations;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts, machine clients and legitimate-interest grants: what the demo loader and the
 * administration endpoints call. Every change is audited; passwords and tokens never are.
 */
@Service
public class AccessAdministration {

    /** The purposes of Art. 77(2)(c) for which legitimate interest is granted. */
    public enum Purpose {
        DISMANTLING,
        REPAIR,
        REMANUFACTURING,
        REPURPOSING,
        RECYCLING,
        ENERGY_MARKET_AGGREGATION
    }

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Organisations organisations;
    private final MachineClients machineClients;
    private final AuditTrail audit;
    private final AccessLog accessLog;

    AccessAdministration(
            JdbcClient jdbc,
            PasswordEncoder passwords,
            Organisations organisations,
            MachineClients machineClients,
            AuditTrail audit,
            AccessLog accessLog) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.organisations = organisations;
        this.machineClients = machineClients;
        this.audit = audit;
        this.accessLog = accessLog;
    }

    /**
     * Creates the account unless it exists (then leaves its password alone) and gives it the roles.
     * The organisation must exist ({@code Organisations.ensure}).
     */
    @Transactional
    public void ensureAccount(
            String username, String rawPassword, String orgCode, String... roles) {
        long org = organisations.require(orgCode).id();
        String name = username.toLowerCase();
        int created =
                jdbc.sql(
                                """
                insert into account (username, password_hash, organisation_id)
                values (:username, :hash, :org) on conflict (username) do nothing""")
                        .param("username", name)
                        .param("hash", passwords.encode(rawPassword))
                        .param("org", org)
                        .update();
        for (String role : roles) {
            jdbc.sql(
                            """
                    insert into account_role (account_id, role_code)
                    select id, :role from account where username = :username
                    on conflict do nothing""")
                    .param("role", role)
                    .param("username", name)
                    .update();
        }
        if (created > 0) {
            audit.record(
                    null,
                    "account.created",
                    "account",
                    name,
                    null,
                    Map.of("username", name, "organisation", orgCode, "roles", List.of(roles)));
        }
    }

    /**
     * Creates the machine client unless it exists, binds it to the batteries and gives it a fresh
     * API token, returned here once and stored only as a hash.
     */
    @Transactional
    public String ensureMachineClient(
            String name, String orgCode, Collection<String> batteryIdentifiers) {
        long org = organisations.require(orgCode).id();
        jdbc.sql(
                        """
                insert into machine_client (name, organisation_id) values (:name, :org)
                on conflict (name) do nothing""")
                .param("name", name)
                .param("org", org)
                .update();
        for (String battery : batteryIdentifiers) {
            jdbc.sql(
                            """
                    insert into machine_client_battery (machine_client_id, battery_identifier)
                    select id, :battery from machine_client where name = :name
                    on conflict do nothing""")
                    .param("battery", battery)
                    .param("name", name)
                    .update();
        }
        String token = machineClients.rotate(name);
        audit.record(
                null,
                "machine-client.token-issued",
                "machine_client",
                name,
                null,
                Map.of(
                        "name",
                        name,
                        "organisation",
                        orgCode,
                        "batteries",
                        List.copyOf(batteryIdentifiers)));
        return token;
    }

    /** Revokes the client's token at once, for every instance. */
    @Transactional
    public boolean revokeMachineClient(String name) {
        boolean revoked = machineClients.revoke(name);
        if (revoked) {
            audit.record(
                    null,
                    "machine-client.revoked",
                    "machine_client",
                    name,
                    null,
                    Map.of("name", name));
        }
        return revoked;
    }

    /**
     * Grants legitimate interest to an organisation for a purpose, over the listed batteries or, if
     * {@code manufacturerOrg} is given instead, every battery of that manufacturer.
     *
     * @return the id of the grant
     */
    @Transactional
    public long grantLegitimateInterest(
            String orgCode,
            Purpose purpose,
            Collection<String> batteryIdentifiers,
            String manufacturerOrg,
            Instant expiresAt) {
        List<String> batteries =
                batteryIdentifiers == null ? List.of() : List.copyOf(batteryIdentifiers);
        if (batteries.isEmpty() == (manufacturerOrg == null)) {
            throw new InvalidInputException(
                    List.of(
                            new FieldViolation(
                                    "batteryIdentifiers",
                                    "scope",
                                    "name either batteries or a manufacturer, not both or neither")));
        }
        if (!expiresAt.isAfter(Instant.now())) {
            throw new InvalidInputException(
                    List.of(new FieldViolation("expiresAt", "future", "must lie in the future")));
        }
        long org = organisations.require(orgCode).id();
        Long manufacturer =
                manufacturerOrg == null ? null : organisations.require(manufacturerOrg).id();
        Caller caller = Callers.current();
        long id =
                jdbc.sql(
                                """
                insert into legitimate_interest_grant (organisation_id, purpose, manufacturer_id,
                    granted_by, granted_by_org, expires_at)
                values (:org, :purpose, :manufacturer, :by, :byOrg, :expires) returning id""")
                        .param("org", org)
                        .param("purpose", purpose.name())
                        .param("manufacturer", manufacturer)
                        .param("by", caller.anonymous() ? "system" : caller.name())
                        .param("byOrg", caller.organisation())
                        .param("expires", java.sql.Timestamp.from(expiresAt))
                        .query(Long.class)
                        .single();
        for (String battery : batteries) {
            jdbc.sql(
                            """
                    insert into legitimate_interest_battery (grant_id, battery_identifier)
                    values (:id, :battery) on conflict do nothing""")
                    .param("id", id)
                    .param("battery", battery)
                    .update();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("organisation", orgCode);
        after.put("purpose", purpose.name());
        after.put("batteries", batteries);
        after.put("manufacturer", manufacturerOrg);
        after.put("expiresAt", expiresAt.toString());
        audit.record(
                null, "grant.created", "legitimate_interest_grant", Long.toString(id), null, after);
        accessLog.change(
                caller,
                "GRANTED",
                batteries.size() == 1 ? batteries.get(0) : null,
                "grant " + id + " to " + orgCode + " for " + purpose);
        return id;
    }

    /** Ends a grant before its expiry; the access it gave ends with the next request. */
    @Transactional
    public boolean revokeGrant(long id) {
        int revoked =
                jdbc.sql(
                                """
                update legitimate_interest_grant set revoked_at = now()
                where id = :id and revoked_at is null""")
                        .param("id", id)
                        .update();
        if (revoked > 0) {
            audit.record(
                    null,
                    "grant.revoked",
                    "legitimate_interest_grant",
                    Long.toString(id),
                    Map.of("revoked", false),
                    Map.of("revoked", true));
            accessLog.change(Callers.current(), "REVOKED", null, "grant " + id);
        }
        return revoked > 0;
    }
}
