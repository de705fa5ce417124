package eu.dbp.platform;

/** An economic operator or authority, by its stable code (e.g. {@code oem1}). */
public record Organisation(long id, String code, String name, OrganisationKind kind) {
}
