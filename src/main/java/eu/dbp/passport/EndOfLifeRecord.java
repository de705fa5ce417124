package eu.dbp.passport;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What became of a battery at the end of a life: the outcome, the process, and the materials and
 * parts recovered for the next one.
 *
 * @param successor identifier of the new passport when the battery lives on under one
 */
public record EndOfLifeRecord(
        @NotNull Outcome outcome,
        Process process,
        @Size(max = 1000) String notes,
        String successor,
        Map<@NotNull Element, @NotNull @PositiveOrZero BigDecimal> recoveredMaterials,
        @Valid List<@NotNull RecoveredPart> recoveredParts) {

    public EndOfLifeRecord {
        recoveredMaterials = recoveredMaterials == null ? Map.of() : Map.copyOf(recoveredMaterials);
        recoveredParts = recoveredParts == null ? List.of() : List.copyOf(recoveredParts);
    }

    public enum Outcome {
        REUSED,
        REPURPOSED,
        REMANUFACTURED,
        RECYCLED,
        DISPOSED
    }

    public enum Process {
        DIRECT,
        HYDROMETALLURGICAL,
        PYROMETALLURGICAL,
        MECHANICAL,
        NONE
    }

    public enum Element {
        LI,
        NI,
        CO,
        MN,
        CU,
        AL,
        FE,
        P,
        GRAPHITE,
        STEEL,
        PLASTIC,
        ELECTROLYTE,
        OTHER
    }

    public enum Grade {
        REUSABLE,
        REPURPOSABLE,
        RECYCLE_ONLY,
        DAMAGED
    }

    /** A module (by serial) or a number of loose cells recovered whole, with its grade. */
    public record RecoveredPart(
            String moduleSerial,
            @PositiveOrZero Integer cellCount,
            @NotNull Grade grade,
            @DecimalMin("0") @DecimalMax("100") BigDecimal soh) {}
}
