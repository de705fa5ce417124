package eu.dbp.bench;

import java.time.Instant;
import java.util.UUID;

/**
 * A line of the run list.
 *
 * @param steps steps in the run's plan
 * @param settled steps DONE or SKIPPED so far
 */
public record RunSummary(
        UUID id,
        String battery,
        String model,
        String depth,
        String route,
        RunState state,
        String startedBy,
        String organisation,
        Instant startedAt,
        Instant completedAt,
        int steps,
        int settled,
        int version) {}
