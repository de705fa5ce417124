package eu.dbp.passport;

import eu.dbp.platform.FieldViolation;
import eu.dbp.platform.InvalidInputException;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Checks a passport document before anything is written: Bean Validation of every field, then the
 * rules across fields. Throws one {@link InvalidInputException} listing every broken rule.
 */
@Component
class PassportValidation {

    private final Validator validator;

    PassportValidation(Validator validator) {
        this.validator = validator;
    }

    void validate(PassportDocument document) {
        if (document == null) {
            throw new InvalidInputException(
                    "$", "required", "the body must be a passport document");
        }
        List<FieldViolation> violations = new ArrayList<>();
        validator.validate(document).forEach(v -> violations.add(FieldViolation.of(v)));
        if (violations.isEmpty()) {
            violations.addAll(PassportRules.check(document));
        }
        if (!violations.isEmpty()) {
            violations.sort(Comparator.comparing(FieldViolation::field));
            throw new InvalidInputException(violations);
        }
    }

    void validate(PassportUpdate update) {
        if (update == null) {
            throw new InvalidInputException(
                    "$", "required", "the body must be a passport correction");
        }
        List<FieldViolation> violations = new ArrayList<>();
        validator.validate(update).forEach(v -> violations.add(FieldViolation.of(v)));
        if (violations.isEmpty()) {
            violations.addAll(PassportRules.check(update));
        }
        if (!violations.isEmpty()) {
            violations.sort(Comparator.comparing(FieldViolation::field));
            throw new InvalidInputException(violations);
        }
    }
}
