package eu.dbp.decision;

/**
 * What can become of a battery at the end of a life, in the order of the waste hierarchy: keep it
 * whole, rebuild it, give it a second life, take its cells, or recover its materials.
 */
public enum Route {
    /**
     * Pack-level repair (BMS, contactor, fuse, seals), no cell work; the battery keeps its
     * passport.
     */
    REPAIR,
    /**
     * Remanufacturing: weak modules exchanged; a new passport linked to the original (Art. 77(7)).
     */
    MODULE_REPLACEMENT,
    /** Second life, e.g. stationary storage; a new passport linked to the original (Art. 77(7)). */
    REPURPOSE,
    /** Serviceable cells taken out and graded; the rest of the pack is waste. */
    CELL_HARVESTING,
    /**
     * Material recovery (direct, hydro- or pyrometallurgical); the passport then ceases (Art.
     * 77(8)).
     */
    DIRECT_RECYCLING
}
