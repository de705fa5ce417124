package eu.dbp.decision;

import eu.dbp.passport.EndOfLifeRecord;
import eu.dbp.passport.PassportDocument;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The route an operator applies to a battery, confirmed.
 *
 * @param route a {@link Route}, or {@code WASTE} to declare the battery waste only
 * @param confirm must be {@code true}: applying a route changes the passport for good
 * @param successor the new passport, for MODULE_REPLACEMENT and REPURPOSE (Art. 77(7))
 * @param process recycling only; the recommended process when absent
 * @param recoveredMaterials recycling only: masses actually recovered, per element
 */
record RouteRequest(
        @NotNull Action route,
        @NotNull Boolean confirm,
        @NotBlank @Size(max = 1000) String reason,
        @Valid PassportDocument successor,
        RecyclingProcess process,
        Map<EndOfLifeRecord.@NotNull Element, @NotNull @PositiveOrZero BigDecimal>
                recoveredMaterials) {

    enum Action {
        REPAIR,
        MODULE_REPLACEMENT,
        REPURPOSE,
        CELL_HARVESTING,
        DIRECT_RECYCLING,
        WASTE;

        Route asRoute() {
            return this == WASTE ? null : Route.valueOf(name());
        }
    }
}
