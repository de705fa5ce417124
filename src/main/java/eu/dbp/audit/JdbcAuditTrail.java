package eu.dbp.audit;

import eu.dbp.platform.Actor;
import eu.dbp.platform.CurrentActor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends to {@code audit_log} inside the caller's transaction. A transaction-scoped advisory lock
 * serialises appends across every instance sharing the database, so the chain never forks; the lock
 * is released when the caller commits or rolls back.
 */
@Service
class JdbcAuditTrail implements AuditTrail {

    /** Advisory lock key of the chain head ("audit" in ASCII). */
    static final long CHAIN_LOCK = 0x6175646974L;

    private final JdbcClient jdbc;
    private final CurrentActor currentActor;
    private final JsonMapper json;

    JdbcAuditTrail(JdbcClient jdbc, CurrentActor currentActor, JsonMapper json) {
        this.jdbc = jdbc;
        this.currentActor = currentActor;
        this.json = json;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            String batteryIdentifier,
            String action,
            String entity,
            String entityId,
            Object before,
            Object after) {
        Actor actor = currentActor.get();
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", CHAIN_LOCK).query().singleRow();

        jdbc.sql(
                        """
                with head as (
                    select seq, hash from audit_log order by seq desc limit 1
                ), next as (
                    select coalesce((select seq from head), 0) + 1 as seq,
                           coalesce((select hash from head), repeat('0', 64)) as prev_hash,
                           date_trunc('microseconds', clock_timestamp()) as occurred_at
                )
                insert into audit_log (seq, occurred_at, principal, organisation,
                    battery_identifier, action, entity, entity_id, before_state, after_state,
                    request_id, prev_hash, hash)
                select n.seq, n.occurred_at, :principal, :organisation, :battery, :action,
                       :entity, :entityId, cast(:before as jsonb), cast(:after as jsonb),
                       :requestId, n.prev_hash,
                       audit_entry_hash(n.seq, n.occurred_at, :principal, :organisation,
                           :battery, :action, :entity, :entityId, cast(:before as jsonb),
                           cast(:after as jsonb), :requestId, n.prev_hash)
                from next n""")
                .param("principal", actor.principal())
                .param("organisation", actor.organisation())
                .param("battery", batteryIdentifier)
                .param("action", action)
                .param("entity", entity)
                .param("entityId", entityId)
                .param("before", toJson(before))
                .param("after", toJson(after))
                .param("requestId", actor.requestId())
                .update();
    }

    private String toJson(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }
}
