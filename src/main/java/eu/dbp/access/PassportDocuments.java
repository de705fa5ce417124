package eu.dbp.access;

import java.util.Optional;

/**
 * The passport of a battery as the API's document, for the public passport page. Implemented by the
 * module that keeps passports; the page shows only what the tier map marks public.
 */
public interface PassportDocuments {

    /** The document of the battery (any JSON-serialisable value), or empty if unknown. */
    Optional<Object> document(String batteryIdentifier);
}
