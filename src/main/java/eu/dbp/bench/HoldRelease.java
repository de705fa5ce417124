package eu.dbp.bench;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Releases a run held by an observed hazard. Work goes on only after the pack was made safe and the
 * absence of voltage verified again (domain.md 2.3, 2.6).
 *
 * @param voltageVerified must be {@code true}
 * @param note what was found and done
 */
record HoldRelease(
        @NotNull Integer version,
        @NotNull Boolean voltageVerified,
        @NotBlank @Size(max = 2000) String note) {}
