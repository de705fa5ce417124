package eu.dbp.platform;

/**
 * An economic operator or authority, by its stable code (e.g. {@code oem1}), with the contact
 * details a label names (Annex VI Part A(1)).
 */
public record Organisation(
        long id,
        String code,
        String name,
        OrganisationKind kind,
        String postalAddress,
        String webAddress,
        String email) {}
