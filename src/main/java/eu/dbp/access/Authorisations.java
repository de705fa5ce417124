package eu.dbp.access;

import eu.dbp.audit.AuditTrail;
import eu.dbp.platform.NotFoundException;
import eu.dbp.platform.Organisations;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Written authorisations (Art. 77(4)): the operator responsible for passports lets another operator
 * keep them on its behalf, for listed batteries or for all it answers for.
 */
@Component("authorisations")
class Authorisations {

    private static final String SELECT =
            """
            select a.id, g.code as grantor, o.code as operator, a.document_reference,
                   array(select b.battery_identifier from operator_authorisation_battery b
                         where b.authorisation_id = a.id order by 1) as batteries,
                   a.valid_from, a.valid_until, a.revoked_at, a.created_by
            from operator_authorisation a
            join organisation g on g.id = a.grantor_id
            join organisation o on o.id = a.operator_id
            """;

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final AccessLog accessLog;

    Authorisations(
            JdbcClient jdbc, Organisations organisations, AuditTrail audit, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.audit = audit;
        this.accessLog = accessLog;
    }

    record Authorisation(
            long id,
            String grantor,
            String operator,
            String documentReference,
            List<String> batteryIdentifiers,
            Instant validFrom,
            Instant validUntil,
            Instant revokedAt,
            String createdBy) {}

    @Transactional
    Authorisation authorise(
            String operator, List<String> batteries, String documentReference, Instant validUntil) {
        Caller caller = Callers.current();
        long grantorId = organisations.require(caller.organisation()).id();
        long operatorId = organisations.require(operator).id();
        long id =
                jdbc.sql(
                                """
                insert into operator_authorisation (grantor_id, operator_id, document_reference,
                    valid_until, created_by)
                values (:grantor, :operator, :doc, :until, :by) returning id""")
                        .param("grantor", grantorId)
                        .param("operator", operatorId)
                        .param("doc", documentReference)
                        .param("until", validUntil == null ? null : Timestamp.from(validUntil))
                        .param("by", caller.name())
                        .query(Long.class)
                        .single();
        for (String battery : batteries == null ? List.<String>of() : batteries) {
            jdbc.sql(
                            """
                    insert into operator_authorisation_battery (authorisation_id, battery_identifier)
                    values (:id, :battery) on conflict do nothing""")
                    .param("id", id)
                    .param("battery", battery)
                    .update();
        }
        Authorisation created = find(id).orElseThrow();
        audit.record(
                batteries != null && batteries.size() == 1 ? batteries.get(0) : null,
                "authorisation.created",
                "operator_authorisation",
                Long.toString(id),
                null,
                created);
        accessLog.change(caller, "AUTHORISED", null, "authorisation " + id + " for " + operator);
        return created;
    }

    @Transactional
    void revoke(long id) {
        Authorisation before =
                find(id).filter(a -> a.revokedAt() == null)
                        .orElseThrow(() -> new NotFoundException("active authorisation", id));
        jdbc.sql("update operator_authorisation set revoked_at = now() where id = :id")
                .param("id", id)
                .update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("id", id);
        after.put("revoked", true);
        audit.record(
                null,
                "authorisation.revoked",
                "operator_authorisation",
                Long.toString(id),
                before,
                after);
        accessLog.change(Callers.current(), "REVOKED", null, "authorisation " + id);
    }

    Optional<Authorisation> find(long id) {
        return jdbc.sql(SELECT + " where a.id = :id")
                .param("id", id)
                .query(Authorisations::map)
                .optional();
    }

    List<Authorisation> visibleTo(Caller caller) {
        if (caller.may("access.admin") || caller.may("battery.read.authority")) {
            return jdbc.sql(SELECT + " order by a.id").query(Authorisations::map).list();
        }
        return jdbc.sql(SELECT + " where g.code = :org or o.code = :org order by a.id")
                .param("org", caller.organisation())
                .query(Authorisations::map)
                .list();
    }

    /**
     * Only the organisation that gave it: a written authorisation is its own mandate (Art. 77(4)).
     */
    public boolean mayRevoke(long id) {
        Caller caller = Callers.current();
        return find(id).map(a -> a.grantor().equals(caller.organisation())).orElse(true);
    }

    private static Authorisation map(ResultSet rs, int row) throws SQLException {
        Timestamp until = rs.getTimestamp("valid_until");
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new Authorisation(
                rs.getLong("id"),
                rs.getString("grantor"),
                rs.getString("operator"),
                rs.getString("document_reference"),
                Arrays.asList((String[]) rs.getArray("batteries").getArray()),
                rs.getTimestamp("valid_from").toInstant(),
                until == null ? null : until.toInstant(),
                revoked == null ? null : revoked.toInstant(),
                rs.getString("created_by"));
    }
}
