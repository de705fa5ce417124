package eu.dbp.access;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the access log: restricted reads, grants, authorisations, issued tokens and every refused
 * request. Never records passwords or tokens.
 */
@Component
class AccessLog {

    private final JdbcClient jdbc;
    private final ReadLogWriter readLog;

    AccessLog(JdbcClient jdbc, ReadLogWriter readLog) {
        this.jdbc = jdbc;
        this.readLog = readLog;
    }

    /** A denied or unauthenticated request; written even if the surrounding work rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void refused(Caller caller, HttpServletRequest request, String outcome, String detail) {
        insert(
                caller,
                outcome,
                request.getMethod(),
                request.getRequestURI(),
                BatteryPaths.identifier(request.getRequestURI()),
                null,
                detail);
    }

    /**
     * A read that returned restricted data. Reads must not each pay a transaction and an fsync, so
     * the entry joins a queue that {@link ReadLogWriter} writes in batches within a fraction of a
     * second (a crash may lose that fraction of read entries; writes and their audit entries stay
     * fully durable).
     */
    void restrictedRead(Caller caller, HttpServletRequest request, String battery, Tier tier) {
        readLog.add(
                new ReadLogWriter.Entry(
                        caller.name(),
                        caller.organisation(),
                        request.getMethod(),
                        limit(request.getRequestURI()),
                        battery,
                        tier.name(),
                        SecurityContextActor.requestId()));
    }

    /** A change to who may see what, written in the caller's transaction. */
    void change(Caller caller, String outcome, String battery, String detail) {
        insert(caller, outcome, null, null, battery, null, detail);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void login(String username, String outcome) {
        insert(
                new Caller(
                        limit(username),
                        null,
                        Caller.Kind.ANONYMOUS,
                        java.util.Set.of(),
                        java.util.Set.of()),
                outcome,
                null,
                null,
                null,
                null,
                null);
    }

    private void insert(
            Caller caller,
            String outcome,
            String method,
            String path,
            String battery,
            Tier tier,
            String detail) {
        jdbc.sql(
                        """
                insert into access_log (principal, organisation, outcome, method, path,
                    battery_identifier, tier, detail, request_id)
                values (:principal, :organisation, :outcome, :method, :path, :battery, :tier,
                    :detail, :requestId)""")
                .param("principal", caller.name())
                .param("organisation", caller.organisation())
                .param("outcome", outcome)
                .param("method", method)
                .param("path", limit(path))
                .param("battery", battery)
                .param("tier", tier == null ? null : tier.name())
                .param("detail", limit(detail))
                .param("requestId", SecurityContextActor.requestId())
                .update();
    }

    static String limit(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }
}
