package eu.dbp.bench;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * One attempt at one step, as the operator reports it (domain.md 5.4). Counts left out are 0.
 *
 * @param version the run's version as last read (optimistic locking)
 * @param durationMinutes attended minutes of this attempt; above 0 unless SKIPPED
 * @param stripped fasteners that stripped (of the step's fasteners)
 * @param hazards observed hazards, codes of {@code GET /api/v1/disassembly-runs/hazards}
 * @param voltageVerified voltage verified again after a step that opens a string
 */
record StepRecord(
        @NotNull Integer version,
        @NotNull StepResult result,
        @NotNull @DecimalMin("0") @DecimalMax("10000") BigDecimal durationMinutes,
        @PositiveOrZero @Max(10000) Integer stripped,
        @PositiveOrZero @Max(10000) Integer seized,
        @PositiveOrZero @Max(10000) Integer broken,
        @PositiveOrZero @Max(10000) Integer damagedTabs,
        @PositiveOrZero @Max(10000) Integer damagedBusbars,
        @PositiveOrZero @Max(10000) Integer damagedCells,
        @Size(max = 20) List<@NotBlank @Size(max = 40) String> hazards,
        Boolean voltageVerified,
        @Size(max = 200) String toolUsed,
        @Size(max = 2000) String notes) {

    StepRecord {
        hazards = hazards == null ? List.of() : List.copyOf(hazards);
    }

    int strippedCount() {
        return stripped == null ? 0 : stripped;
    }

    int seizedCount() {
        return seized == null ? 0 : seized;
    }

    int brokenCount() {
        return broken == null ? 0 : broken;
    }

    int fastenerFailures() {
        return strippedCount() + seizedCount() + brokenCount();
    }

    static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
