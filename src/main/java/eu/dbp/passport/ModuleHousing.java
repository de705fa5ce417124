package eu.dbp.passport;

/** How a module is enclosed; welded cases and potting make cell access destructive. */
public enum ModuleHousing {
    OPEN_FRAME,
    BOLTED_CASE,
    WELDED_CASE,
    POTTED,
    PLASTIC_CASE
}
