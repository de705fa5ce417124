package eu.dbp.safety;

/**
 * Where the pack is going, as far as the safety gate cares: only the recycling route may discharge
 * cells to 0 V, because deep discharge ruins cells meant for another life.
 */
public enum IntendedRoute {
    UNDECIDED,
    REPAIR,
    REMANUFACTURE,
    REPURPOSE,
    CELL_HARVEST,
    RECYCLING
}
