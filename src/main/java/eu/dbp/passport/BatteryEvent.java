package eu.dbp.passport;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/** A thermal or safety event in a battery's life (Annex XIII 4(d) negative events). */
public record BatteryEvent(
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) Long id,
        @NotNull EventType type,
        @NotNull Severity severity,
        @NotNull Instant occurredAt,
        @PositiveOrZero Integer durationMin,
        BigDecimal measuredValue,
        @Pattern(
                        regexp = "^(C|V|MV|PCT|PCT_PER_MONTH|G|MIN)$",
                        message = "must be one of C, V, MV, PCT, PCT_PER_MONTH, G, MIN")
                String unit,
        @Size(max = 1000) String description,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) String reportedBy,
        Integer version) {}
