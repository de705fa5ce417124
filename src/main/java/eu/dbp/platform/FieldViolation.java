package eu.dbp.platform;

/**
 * One broken rule of one field, as listed in the {@code errors} member of a problem detail.
 *
 * @param field the JSON path of the field, for example {@code modules[2].cells[0].position}
 * @param rule  the rule it broke, for example {@code range 0..5} or {@code required}
 * @param message a sentence for a person
 */
public record FieldViolation(String field, String rule, String message) {
}
