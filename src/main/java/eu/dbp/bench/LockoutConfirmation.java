package eu.dbp.bench;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The lock-out/tag-out checklist as the operator ticked it: every isolation prompt of the run's
 * plan, by key, each {@code confirmed}. The operator is the caller.
 *
 * @param version the run's version as last read (optimistic locking)
 */
record LockoutConfirmation(
        @NotNull Integer version, @NotNull @Size(max = 50) List<@Valid @NotNull Item> items) {

    record Item(@NotBlank @Size(max = 200) String key, @NotNull Boolean confirmed) {}
}
