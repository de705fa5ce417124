package eu.dbp.learning;

/** The planner's prior belief about a step's time, before any recorded outcome. */
public record Prior(double p50Min, double p90Min, String source) {

    public Prior {
        if (!(p50Min > 0) || !(p90Min >= p50Min)) {
            throw new IllegalArgumentException(
                    "Prior needs 0 < P50 <= P90, got " + p50Min + " / " + p90Min);
        }
    }
}
