package eu.dbp.bench;

/** How an attempt at a step ended. */
public enum StepResult {
    DONE,
    SKIPPED,
    FAILED;

    /** The step needs no further attempt: it is done or was deliberately left out. */
    boolean settled() {
        return this == DONE || this == SKIPPED;
    }
}
