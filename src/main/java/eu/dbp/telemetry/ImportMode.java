package eu.dbp.telemetry;

/** How a bulk import treats bad lines. */
public enum ImportMode {
    /** Any bad line rejects the whole import: nothing is written, every bad line is named. */
    ATOMIC,
    /** Good lines are written; bad lines are reported one by one. */
    REPORT
}
