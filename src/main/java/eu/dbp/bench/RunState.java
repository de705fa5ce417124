package eu.dbp.bench;

/** Where a run stands. ON_HOLD: an observed hazard stopped it until someone releases it. */
public enum RunState {
    IN_PROGRESS,
    ON_HOLD,
    COMPLETED,
    ABORTED;

    boolean closed() {
        return this == COMPLETED || this == ABORTED;
    }
}
