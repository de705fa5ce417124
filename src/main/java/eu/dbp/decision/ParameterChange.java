package eu.dbp.decision;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A new value for a decision parameter. The range is checked against the parameter's own bounds;
 * {@code version}, when given, must match the current one (optimistic locking).
 *
 * @param source where the new value comes from; keeps the old source when absent
 * @param currency prices only: EUR or USD
 * @param quotedOn prices only: the date of the quote; today when absent
 */
record ParameterChange(
        @NotNull BigDecimal value,
        @Size(min = 1, max = 500) String source,
        @Pattern(regexp = "^(EUR|USD)$", message = "must be EUR or USD") String currency,
        LocalDate quotedOn,
        @PositiveOrZero Integer version) {}
