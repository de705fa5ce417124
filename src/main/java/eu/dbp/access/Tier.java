package eu.dbp.access;

/** Who may read an attribute (Art. 77(2), Annex XIII). Ordered from most to least open. */
enum Tier {
    /** Annex XIII point 1 and the identification of Art. 77(3): everyone. */
    PUBLIC,
    /** Points 2 and 4: persons with a legitimate interest, and authorities. */
    LEGITIMATE_INTEREST,
    /** Point 3: notified bodies, market surveillance authorities and the Commission. */
    AUTHORITY
}
