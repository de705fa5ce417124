package eu.dbp.audit;

/**
 * Appends changes to the tamper-evident log, in the caller's transaction: a write and its audit
 * entry commit or roll back together.
 */
public interface AuditTrail {

    /**
     * @param batteryIdentifier the battery the change belongs to, or {@code null} for changes
     *     outside any passport (accounts, grants)
     * @param action what happened, e.g. {@code battery.created}, {@code event.updated}
     * @param entity the kind of record, e.g. {@code battery}, {@code battery_event}
     * @param entityId its id within the battery, or the identifier
     * @param before the record before the change (any JSON-serialisable value), or null
     * @param after the record after the change, or null for deletions
     */
    void record(
            String batteryIdentifier,
            String action,
            String entity,
            String entityId,
            Object before,
            Object after);
}
