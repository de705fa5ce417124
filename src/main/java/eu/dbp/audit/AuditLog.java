package eu.dbp.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Reads and verifies the change log. */
@Service
class AuditLog {

    private static final String GENESIS = "0".repeat(64);

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<AuditEntry> ofBattery(String batteryIdentifier) {
        return jdbc.sql(
                        """
                select seq, occurred_at, principal, organisation, battery_identifier, action,
                       entity, entity_id, before_state::text as before_state,
                       after_state::text as after_state, request_id, hash
                from audit_log where battery_identifier = :battery order by seq""")
                .param("battery", batteryIdentifier)
                .query(this::entry)
                .list();
    }

    /**
     * Walks the chain from the first entry, recomputing every hash in the database with the same
     * function that wrote it, and stops at the first entry that does not fit.
     */
    @Transactional(readOnly = true)
    ChainVerification verify() {
        var walk = new Walk();
        jdbc.sql(
                        """
                select seq, prev_hash, hash,
                       audit_entry_hash(seq, occurred_at, principal, organisation,
                           battery_identifier, action, entity, entity_id, before_state,
                           after_state, request_id, prev_hash) as computed
                from audit_log order by seq""")
                .withFetchSize(1000)
                .query(walk::check);
        return walk.result();
    }

    private AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getLong("seq"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("principal"),
                rs.getString("organisation"),
                rs.getString("battery_identifier"),
                rs.getString("action"),
                rs.getString("entity"),
                rs.getString("entity_id"),
                tree(rs.getString("before_state")),
                tree(rs.getString("after_state")),
                rs.getString("request_id"),
                rs.getString("hash"));
    }

    private tools.jackson.databind.JsonNode tree(String text) {
        return text == null ? null : json.readTree(text);
    }

    /** State of one walk along the chain. */
    private static final class Walk {

        private long count;
        private long expectedSeq = 1;
        private String previousHash = GENESIS;
        private ChainVerification.BrokenEntry broken;

        void check(ResultSet rs) throws SQLException {
            if (broken != null) {
                return;
            }
            long seq = rs.getLong("seq");
            count++;
            if (seq != expectedSeq) {
                broken =
                        new ChainVerification.BrokenEntry(
                                expectedSeq, "entry missing: next entry found is " + seq);
            } else if (!previousHash.equals(rs.getString("prev_hash"))) {
                broken =
                        new ChainVerification.BrokenEntry(
                                seq, "does not link to the hash of entry " + (seq - 1));
            } else if (!rs.getString("hash").equals(rs.getString("computed"))) {
                broken = new ChainVerification.BrokenEntry(seq, "content does not match its hash");
            }
            previousHash = rs.getString("hash");
            expectedSeq = seq + 1;
        }

        ChainVerification result() {
            return new ChainVerification(broken == null, count, broken);
        }
    }
}
