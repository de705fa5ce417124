package eu.dbp.passport;

/** Cell formats. */
public enum CellFormat {
    CYLINDRICAL,
    PRISMATIC,
    POUCH
}
