package eu.dbp.passport;

/** Fastener types. */
public enum FastenerType {
    BOLT,
    SCREW,
    NUT,
    THROUGH_BOLT,
    RIVET,
    CLIP,
    STUD,
    CABLE_TIE
}
