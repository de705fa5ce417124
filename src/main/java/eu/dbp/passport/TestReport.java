package eu.dbp.passport;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A test or diagnostic report; compliance reports are for authorities only (Annex XIII 3). */
public record TestReport(
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) Long id,
        @NotNull TestType testType,
        @NotNull LocalDate testedOn,
        @NotBlank @Size(max = 200) String laboratory,
        @Size(max = 120) String standard,
        @NotNull Result result,
        @Positive BigDecimal measuredCapacityAh,
        @Positive BigDecimal internalResistanceMohm,
        @Positive BigDecimal insulationResistanceMohm,
        @DecimalMin("0") @DecimalMax("100") BigDecimal soh,
        @Pattern(regexp = "^https?://.+", message = "must be an http(s) URL") String documentUrl,
        @Size(max = 1000) String notes,
        Integer version) {

    public enum TestType {
        CAPACITY,
        INTERNAL_RESISTANCE,
        INSULATION,
        UN38_3,
        ABUSE,
        CYCLE_LIFE,
        END_OF_LINE,
        DIAGNOSTIC,
        COMPLIANCE
    }

    public enum Result {
        PASS,
        FAIL,
        INFO
    }
}
