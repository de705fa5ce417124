package eu.dbp.passport;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** Service or repair work on a battery, with the parts it replaced. */
public record WorkOrder(
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) Long id,
        @NotNull Type type,
        @NotNull Instant openedAt,
        Instant closedAt,
        @NotBlank @Size(max = 2000) String description,
        Outcome outcome,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) String organisation,
        @Valid List<@NotNull ReplacedPart> replacedParts,
        Integer version) {

    public WorkOrder {
        replacedParts = replacedParts == null ? List.of() : replacedParts;
    }

    public enum Type {
        REPAIR,
        MAINTENANCE,
        INSPECTION,
        DIAGNOSIS,
        RECALL
    }

    public enum Outcome {
        COMPLETED,
        NOT_REPAIRABLE,
        CANCELLED
    }

    public enum PartKind {
        MODULE,
        CELL,
        BMS,
        CONTACTOR,
        FUSE,
        HARNESS,
        SEAL,
        OTHER
    }

    /** A replaced part; modules and cells are named by their serial numbers in this pack. */
    public record ReplacedPart(
            @NotNull PartKind partKind,
            String removedModule,
            String installedModule,
            String removedCell,
            @Size(max = 100) String partNumber,
            @NotBlank @Size(max = 500) String reason) {}
}
