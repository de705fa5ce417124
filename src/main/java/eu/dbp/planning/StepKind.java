package eu.dbp.planning;

/** What a step does; decides its prior time and how it is drawn in the work instruction. */
public enum StepKind {
    QUARANTINE,
    ISOLATION,
    DISCHARGE,
    COOLANT,
    UNFASTEN,
    DRILL_OUT,
    CUT,
    SEPARATE,
    DISCONNECT,
    REMOVE,
    OPEN_MODULE,
    SEPARATE_CELLS,
    EXTRACT_CELLS
}
