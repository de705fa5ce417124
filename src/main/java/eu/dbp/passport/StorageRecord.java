package eu.dbp.passport;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/** Where a battery was stored and how; quarantine marks a fire-separated area (VdS 3103). */
public record StorageRecord(
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) Long id,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) String organisation,
        @NotBlank @Size(max = 200) String location,
        @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
        @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
        @NotNull Instant storedFrom,
        Instant storedUntil,
        @DecimalMin("-80") @DecimalMax("100") BigDecimal minTemperatureC,
        @DecimalMin("-80") @DecimalMax("150") BigDecimal maxTemperatureC,
        boolean quarantine,
        Integer version) {}
