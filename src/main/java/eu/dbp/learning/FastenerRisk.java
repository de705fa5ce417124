package eu.dbp.learning;

/**
 * What the recorded outcomes say about one fastener class: posterior probabilities (Beta-Binomial,
 * posterior mean) that a fastener strips, seizes or breaks, and whether the planner should stop
 * proposing to unscrew it.
 */
public record FastenerRisk(
        String fastenerClass,
        int handled,
        int stripped,
        int seized,
        int broken,
        double pStripped,
        double pSeized,
        double pBroken,
        double pAnyFailure,
        boolean preferDestructive) {

    /** The failure seen most often, or {@code null} if none was recorded. */
    public String dominantFailure() {
        if (stripped + seized + broken == 0) {
            return null;
        }
        if (stripped >= seized && stripped >= broken) {
            return "stripped";
        }
        return seized >= broken ? "seized" : "broken";
    }
}
