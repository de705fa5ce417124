package eu.dbp.learning;

/** A step whose first-attempt success fell below the review threshold. */
public record FlaggedStep(
        String packModel,
        String stepKey,
        int attempts,
        int firstSuccesses,
        double firstAttemptRate,
        double threshold) {}
