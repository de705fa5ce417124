package eu.dbp.decision;

import eu.dbp.passport.BatteryStatus;
import java.time.Instant;

/**
 * A route applied to a battery: what the passport became.
 *
 * @param recommendedRank the rank the recommendation gave the route; {@code null} for WASTE
 * @param successor the new passport's identifier for remanufacturing and repurposing
 * @param ceased the passport ceased (recycling, Art. 77(8))
 */
public record AppliedRoute(
        String identifier,
        String route,
        RecyclingProcess process,
        Integer recommendedRank,
        String successor,
        BatteryStatus status,
        boolean ceased,
        String decidedBy,
        Instant decidedAt) {}
