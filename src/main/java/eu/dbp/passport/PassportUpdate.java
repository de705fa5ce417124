package eu.dbp.passport;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A correction of a passport's identity and model-level data by its manufacturer (Art. 77(4):
 * accurate, complete and up to date). The identifier never changes; the design tree is not part of
 * it; {@code version} is the one the correction was based on.
 */
public record PassportUpdate(
        @NotNull Integer version,
        @NotBlank @Size(max = 200) String model,
        @Size(max = 100) String serialNumber,
        @NotNull BatteryCategory batteryCategory,
        @NotNull Chemistry batteryChemistry,
        @NotNull @Valid PassportDocument.Manufacturing manufacturing,
        @NotNull @Positive @DecimalMax("50000") BigDecimal batteryMass,
        @NotNull @Valid PassportDocument.Ratings ratings,
        @NotNull @Valid PassportDocument.Circularity circularity,
        @Valid PassportDocument.Performance performance,
        @Valid PassportDocument.Labels labels,
        Boolean assumedValues) {}
