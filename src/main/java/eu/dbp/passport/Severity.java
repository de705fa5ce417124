package eu.dbp.passport;

/** Severity of an event. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
