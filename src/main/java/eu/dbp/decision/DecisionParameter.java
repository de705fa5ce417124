package eu.dbp.decision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One changeable input of the route rules: a threshold ({@code soh.repurpose.upper}) or a metal
 * price ({@code price.ni}, per kg of the element). {@code currency} and {@code quotedOn} are set
 * for prices only.
 */
public record DecisionParameter(
        String key,
        double value,
        String unit,
        Double minValue,
        Double maxValue,
        String description,
        String source,
        String currency,
        LocalDate quotedOn,
        int version,
        Instant updatedAt,
        String updatedBy) {}
