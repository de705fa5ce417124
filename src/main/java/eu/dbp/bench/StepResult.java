package eu.dbp.bench;

/** How an attempt at a step ended. */
enum StepResult {
    DONE, SKIPPED, FAILED
}
