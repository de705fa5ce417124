package eu.dbp.platform;

import java.util.List;

/** Input that is well-formed but breaks a rule: answered with 422 and the broken rules. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super(violations.isEmpty() ? "invalid input" : violations.get(0).message());
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(String field, String rule, String message) {
        this(List.of(new FieldViolation(field, rule, message)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
