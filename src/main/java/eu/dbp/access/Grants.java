package eu.dbp.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads legitimate-interest grants. */
@Component("grants")
class Grants {

    private static final String SELECT =
            """
            select g.id, o.code as organisation, g.purpose, m.code as manufacturer,
                   array(select b.battery_identifier from legitimate_interest_battery b
                         where b.grant_id = g.id order by 1) as batteries,
                   g.granted_by, g.granted_by_org, g.granted_at, g.expires_at, g.revoked_at
            from legitimate_interest_grant g
            join organisation o on o.id = g.organisation_id
            left join organisation m on m.id = g.manufacturer_id
            """;

    private final JdbcClient jdbc;

    Grants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Grant(
            long id,
            String organisation,
            String purpose,
            String manufacturer,
            List<String> batteryIdentifiers,
            String grantedBy,
            String grantedByOrganisation,
            Instant grantedAt,
            Instant expiresAt,
            Instant revokedAt,
            boolean active) {}

    Optional<Grant> find(long id) {
        return jdbc.sql(SELECT + " where g.id = :id").param("id", id).query(Grants::map).optional();
    }

    /** Administrators and authorities see all; others what their organisation gave or got. */
    List<Grant> visibleTo(Caller caller) {
        if (caller.may("access.admin") || caller.may("battery.read.authority")) {
            return jdbc.sql(SELECT + " order by g.id").query(Grants::map).list();
        }
        return jdbc.sql(
                        SELECT
                                + """
                 where o.code = :org or m.code = :org or g.granted_by_org = :org order by g.id""")
                .param("org", caller.organisation())
                .query(Grants::map)
                .list();
    }

    /** The administrator, or the organisation that gave the grant. */
    public boolean mayRevoke(long id) {
        Caller caller = Callers.current();
        if (caller.may("access.admin")) {
            return true;
        }
        return find(id).map(
                        g ->
                                caller.organisation() != null
                                        && (caller.organisation().equals(g.grantedByOrganisation())
                                                || caller.organisation().equals(g.manufacturer())))
                .orElse(true);
    }

    private static Grant map(ResultSet rs, int row) throws SQLException {
        Instant expires = rs.getTimestamp("expires_at").toInstant();
        var revoked = rs.getTimestamp("revoked_at");
        return new Grant(
                rs.getLong("id"),
                rs.getString("organisation"),
                rs.getString("purpose"),
                rs.getString("manufacturer"),
                Arrays.asList((String[]) rs.getArray("batteries").getArray()),
                rs.getString("granted_by"),
                rs.getString("granted_by_org"),
                rs.getTimestamp("granted_at").toInstant(),
                expires,
                revoked == null ? null : revoked.toInstant(),
                revoked == null && expires.isAfter(Instant.now()));
    }
}
