package eu.dbp.passport;

import java.util.List;

/**
 * Which of the regulation's data points a passport holds, for its battery category.
 *
 * @param score share of the mandatory data points that are present, 0..100
 * @param catalogue the source of the data points and their per-category status
 */
public record Completeness(
        String id,
        BatteryCategory batteryCategory,
        double score,
        int mandatory,
        int mandatoryPresent,
        String catalogue,
        List<DataPoint> dataPoints) {

    /**
     * @param requirement M mandatory, O optional, C conditional, P pending, - not to be filled
     * @param state what the passport holds against that requirement
     */
    public record DataPoint(
            int number,
            String name,
            String annexXiiiPoint,
            String accessTier,
            String requirement,
            State state) {}

    public enum State {
        /** The passport holds a value. */
        PRESENT,
        /** Mandatory for this category and absent. */
        MISSING,
        /** Optional or conditional and absent: not counted against the score. */
        ABSENT_NOT_REQUIRED,
        /** Pending delegated or implementing acts: not to be filled yet. */
        NOT_YET_REQUIRED,
        /** Not to be filled for this category. */
        NOT_APPLICABLE
    }
}
