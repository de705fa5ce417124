package eu.dbp.learning;

/**
 * One recorded outcome of one plan step, as the bench hands it over.
 *
 * @param fastenerClass the class of fastener the step undid, {@code null} if none
 * @param fastenersHandled how many fasteners the step undid (0 if none)
 * @param plannedP50Min the plan's P50 for the step when it ran, if known
 * @param batteryIdentifier the pack worked on, if known
 * @param runRef the bench run, if known
 */
public record StepOutcome(
        String packModel,
        String stepKey,
        String fastenerClass,
        double minutes,
        boolean firstAttemptSuccess,
        int fastenersHandled,
        int stripped,
        int seized,
        int broken,
        Double plannedP50Min,
        String batteryIdentifier,
        String runRef) {

    /** An outcome without fasteners. */
    public static StepOutcome timed(
            String packModel, String stepKey, double minutes, boolean firstAttemptSuccess) {
        return new StepOutcome(
                packModel,
                stepKey,
                null,
                minutes,
                firstAttemptSuccess,
                0,
                0,
                0,
                0,
                null,
                null,
                null);
    }
}
