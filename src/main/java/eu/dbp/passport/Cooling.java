package eu.dbp.passport;

/** How the pack is cooled; liquid and refrigerant circuits add steps before it is opened. */
public enum Cooling {
    AIR,
    LIQUID,
    REFRIGERANT,
    PASSIVE
}
