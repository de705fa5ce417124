package eu.dbp.learning;

import java.util.Map;

/**
 * A snapshot of what has been learned for one pack model, fetched in one go so that a plan can be
 * computed without further database access. The maths is here, as pure functions.
 *
 * <p>Step times are log-normal; the unknown mean and variance of ln(minutes) get a
 * normal-inverse-gamma prior centred on the planner's prior P50/P90, so each recorded outcome moves
 * the estimate towards the recorded times. Fastener failures are Beta-Binomial.
 */
public record ModelKnowledge(
        String packModel,
        Map<String, StepStats> steps,
        Map<String, FastenerStats> fasteners,
        Parameters parameters) {

    /** z of the 90th percentile of the standard normal distribution. */
    private static final double Z90 = 1.2815515655446004;

    public ModelKnowledge {
        steps = Map.copyOf(steps);
        fasteners = Map.copyOf(fasteners);
    }

    /** Nothing learned yet: estimates are the priors and no fastener is troublesome. */
    public static ModelKnowledge none(String packModel, Parameters parameters) {
        return new ModelKnowledge(packModel, Map.of(), Map.of(), parameters);
    }

    /** Sufficient statistics of one step's recorded times (natural log of minutes). */
    public record StepStats(
            int observations, double sumLog, double sumLogSquared, int firstSuccesses) {}

    public record FastenerStats(int handled, int stripped, int seized, int broken) {}

    /** Priors and thresholds, loaded from the {@code learning_parameter} table. */
    public record Parameters(
            double priorWeight,
            double priorShape,
            double reviewFirstAttemptMin,
            int reviewMinAttempts,
            double fastenerPriorFailures,
            double fastenerPriorSuccesses,
            double destructiveThreshold,
            int fastenerMinHandled) {}

    /** The posterior P50 and P90 of a step, starting from {@code prior}. */
    public TimeEstimate estimate(String stepKey, Prior prior) {
        StepStats stats = steps.get(stepKey);
        if (stats == null || stats.observations() == 0) {
            return new TimeEstimate(prior.p50Min(), prior.p90Min(), 0, "prior: " + prior.source());
        }
        double mu0 = Math.log(prior.p50Min());
        double sigma0 = Math.max(Math.log(prior.p90Min() / prior.p50Min()) / Z90, 0.05);
        double k0 = parameters.priorWeight();
        double a0 = parameters.priorShape();
        double b0 = sigma0 * sigma0 * (a0 - 1);

        int n = stats.observations();
        double mean = stats.sumLog() / n;
        double squares = Math.max(stats.sumLogSquared() - n * mean * mean, 0);
        double kn = k0 + n;
        double mun = (k0 * mu0 + n * mean) / kn;
        double an = a0 + n / 2.0;
        double bn = b0 + squares / 2 + k0 * n * (mean - mu0) * (mean - mu0) / (2 * kn);
        double sigma = Math.sqrt(bn / (an - 1));

        return new TimeEstimate(
                Math.exp(mun),
                Math.exp(mun + Z90 * sigma),
                n,
                "learned from " + n + " recorded run(s), prior: " + prior.source());
    }

    public FastenerRisk fastenerRisk(String fastenerClass) {
        FastenerStats stats = fasteners.getOrDefault(fastenerClass, new FastenerStats(0, 0, 0, 0));
        double a = parameters.fastenerPriorFailures();
        double trials = a + parameters.fastenerPriorSuccesses() + stats.handled();
        int failures = stats.stripped() + stats.seized() + stats.broken();
        double pAny = (a + failures) / trials;
        boolean destructive =
                stats.handled() >= parameters.fastenerMinHandled()
                        && pAny > parameters.destructiveThreshold();
        return new FastenerRisk(
                fastenerClass,
                stats.handled(),
                stats.stripped(),
                stats.seized(),
                stats.broken(),
                (a + stats.stripped()) / trials,
                (a + stats.seized()) / trials,
                (a + stats.broken()) / trials,
                pAny,
                destructive);
    }

    /** Whether the step's first-attempt success has fallen below the review threshold. */
    public boolean flagged(String stepKey) {
        StepStats stats = steps.get(stepKey);
        return stats != null
                && stats.observations() >= parameters.reviewMinAttempts()
                && (double) stats.firstSuccesses() / stats.observations()
                        < parameters.reviewFirstAttemptMin();
    }
}
