package eu.dbp.learning;

/**
 * Read model for the dashboard: recorded times of one step against what was planned.
 *
 * @param meanPlannedP50Min mean of the plan's P50 at the time of each run, {@code null} if unknown
 */
public record StepTimeSummary(
        String packModel,
        String stepKey,
        int observations,
        double medianRecordedMin,
        double meanRecordedMin,
        Double meanPlannedP50Min,
        double firstAttemptRate,
        boolean flagged) {}
