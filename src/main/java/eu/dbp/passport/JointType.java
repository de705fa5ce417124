package eu.dbp.passport;

/**
 * Joining methods; the first two need a fastener, the others are undone by cutting, prying or
 * desoldering.
 */
public enum JointType {
    BOLTED,
    SCREWED,
    WELDED,
    ADHESIVE,
    CLIPPED,
    SOLDERED,
    WIRE_BONDED
}
