package eu.dbp.decision;

/** Elements and materials the yield tables count, as the schema spells them. */
public enum Element {
    LI,
    NI,
    CO,
    MN,
    CU,
    AL,
    FE,
    P,
    GRAPHITE
}
