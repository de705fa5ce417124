package eu.dbp.platform;

/** What an organisation is, as far as the regulation's roles go. */
public enum OrganisationKind {
    MANUFACTURER,
    SUPPLIER,
    REPAIRER,
    REMANUFACTURER,
    SECOND_LIFE_OPERATOR,
    RECYCLER,
    LOGISTICS_PROVIDER,
    MARKET_SURVEILLANCE_AUTHORITY,
    NOTIFIED_BODY,
    COMMISSION,
    PLATFORM_OPERATOR
}
