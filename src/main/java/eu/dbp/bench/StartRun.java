package eu.dbp.bench;

import eu.dbp.planning.Depth;
import eu.dbp.safety.IntendedRoute;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Starts a run on a battery with the plan for this depth and route.
 *
 * @param route where the pack is going; {@code UNDECIDED} when absent
 */
record StartRun(
        @NotBlank @Size(max = 100) String battery,
        @NotNull Depth depth,
        IntendedRoute route,
        @Size(max = 2000) String notes) {

    IntendedRoute routeOrUndecided() {
        return route == null ? IntendedRoute.UNDECIDED : route;
    }
}
