package eu.dbp.access;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the restricted-read entries of the access log in batches, off the request path: one
 * multi-row insert every {@value #INTERVAL_MS} ms instead of one transaction per read. When the
 * queue is full the read writes its entry itself, so no entry is dropped under load.
 */
@Component
class ReadLogWriter implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReadLogWriter.class);
    private static final long INTERVAL_MS = 200;
    private static final int CAPACITY = 20_000;

    record Entry(
            String principal,
            String organisation,
            String method,
            String path,
            String battery,
            String tier,
            String requestId,
            Instant at) {

        Entry(
                String principal,
                String organisation,
                String method,
                String path,
                String battery,
                String tier,
                String requestId) {
            this(principal, organisation, method, path, battery, tier, requestId, Instant.now());
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final BlockingQueue<Entry> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final ScheduledExecutorService flusher =
            Executors.newSingleThreadScheduledExecutor(
                    runnable -> {
                        Thread thread = new Thread(runnable, "dbp-read-log");
                        thread.setDaemon(true);
                        return thread;
                    });

    ReadLogWriter(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        flusher.scheduleWithFixedDelay(
                this::flushQuietly, INTERVAL_MS, INTERVAL_MS, TimeUnit.MILLISECONDS);
    }

    void add(Entry entry) {
        if (!queue.offer(entry)) {
            write(List.of(entry));
        }
    }

    /** Writes what is queued now; also used by tests that read the log right after a request. */
    synchronized void flush() {
        List<Entry> batch = new ArrayList<>();
        queue.drainTo(batch);
        if (!batch.isEmpty()) {
            write(batch);
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn(
                    "Could not write {} queued restricted-read entries; retrying", queue.size(), e);
        }
    }

    private void write(List<Entry> batch) {
        transactions.executeWithoutResult(status -> insert(batch));
    }

    private void insert(List<Entry> batch) {
        jdbc.execute("set local synchronous_commit = off");
        jdbc.batchUpdate(
                """
                insert into access_log (occurred_at, principal, organisation, outcome, method, path, battery_identifier,
                    tier, request_id)
                values (?, ?, ?, 'RESTRICTED_READ', ?, ?, ?, ?, ?)""",
                batch,
                batch.size(),
                (ps, e) -> {
                    ps.setTimestamp(1, Timestamp.from(e.at()));
                    ps.setString(2, e.principal());
                    ps.setString(3, e.organisation());
                    ps.setString(4, e.method());
                    ps.setString(5, e.path());
                    ps.setString(6, e.battery());
                    ps.setString(7, e.tier());
                    ps.setString(8, e.requestId());
                });
    }

    @Override
    public void destroy() {
        flusher.shutdown();
        flushQuietly();
    }
}
