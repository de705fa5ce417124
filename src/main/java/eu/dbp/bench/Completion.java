package eu.dbp.bench;

import eu.dbp.passport.EndOfLifeRecord;
import eu.dbp.passport.ModuleCondition;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Closes a run with what it recovered.
 *
 * @param outcome the end-of-life outcome to record; by default it follows the run's route
 *     (RECYCLING and CELL_HARVEST: RECYCLED, REMANUFACTURE: REMANUFACTURED, REPURPOSE: REPURPOSED;
 *     REPAIR and UNDECIDED record none)
 * @param process recycling process, if known
 * @param modules modules taken out, with their condition
 * @param cells loose cells recovered whole, by grade
 * @param materials recovered masses per element, kg
 */
record Completion(
        @NotNull Integer version,
        EndOfLifeRecord.Outcome outcome,
        EndOfLifeRecord.Process process,
        @Size(max = 500) List<@Valid @NotNull RecoveredModule> modules,
        @Size(max = 50) List<@Valid @NotNull RecoveredCells> cells,
        Map<EndOfLifeRecord.@NotNull Element, @NotNull @PositiveOrZero BigDecimal> materials,
        @Size(max = 2000) String notes) {

    Completion {
        modules = modules == null ? List.of() : List.copyOf(modules);
        cells = cells == null ? List.of() : List.copyOf(cells);
        materials = materials == null ? Map.of() : Map.copyOf(materials);
    }

    /** A module taken out: REUSABLE, REPURPOSABLE, DAMAGED, REMOVED or RECYCLED. */
    record RecoveredModule(
            @NotBlank @Size(max = 100) String serial,
            @NotNull ModuleCondition condition,
            @DecimalMin("0") @DecimalMax("100") BigDecimal sohPct) {}

    record RecoveredCells(
            @NotNull @Positive @Max(1000000) Integer count,
            @NotNull EndOfLifeRecord.Grade grade,
            @DecimalMin("0") @DecimalMax("100") BigDecimal sohPct) {}
}
