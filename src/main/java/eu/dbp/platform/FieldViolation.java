package eu.dbp.platform;

import jakarta.validation.ConstraintViolation;

/**
 * One broken rule of one field, as listed in the {@code errors} member of a problem detail.
 *
 * @param field the JSON path of the field, for example {@code modules[2].cells[0].position}
 * @param rule the rule it broke, for example {@code range 0..5} or {@code required}
 * @param message a sentence for a person
 */
public record FieldViolation(String field, String rule, String message) {

    /** The violation Bean Validation reports, named by its property path and constraint. */
    public static FieldViolation of(ConstraintViolation<?> violation) {
        String field = violation.getPropertyPath().toString();
        return new FieldViolation(
                field,
                violation
                        .getConstraintDescriptor()
                        .getAnnotation()
                        .annotationType()
                        .getSimpleName(),
                field + " " + violation.getMessage());
    }
}
