package eu.dbp.decision;

import eu.dbp.passport.BatteryCategory;
import eu.dbp.passport.Chemistry;
import java.util.List;

/**
 * The routes for one battery, best first: eligible routes in the order of the waste hierarchy, then
 * the ineligible ones with the facts that ruled them out. Money is in EUR.
 *
 * @param sohPct the state of health the rules used; {@code null} when none is recorded
 * @param recycling what each recycling process would recover, against the Annex XII targets
 */
public record Recommendation(
        String identifier,
        String model,
        BatteryCategory category,
        Chemistry chemistry,
        double ratedEnergyKwh,
        Double sohPct,
        List<Option> routes,
        RecyclingContext recycling) {

    public Recommendation {
        routes = List.copyOf(routes);
    }

    /** The first route; recycling is always eligible, so there is always one. */
    public Option best() {
        return routes.get(0);
    }

    public Option option(Route route) {
        return routes.stream().filter(option -> option.route() == route).findFirst().orElseThrow();
    }

    /**
     * One route with why it is or is not open, what it takes and what it yields.
     *
     * @param rank 1 = recommended first
     * @param rationale every fact the rules compared, with the threshold and its source
     * @param process the recycling process proposed (recycling only)
     * @param netValueEur value of products and materials minus the estimated cost
     */
    public record Option(
            int rank,
            Route route,
            boolean eligible,
            List<Reason> rationale,
            Estimate estimate,
            Yield yield,
            RecyclingProcess process,
            double netValueEur) {

        public Option {
            rationale = List.copyOf(rationale);
        }
    }

    /**
     * A fact compared with a threshold, e.g. "SoH 68 % < repurpose upper bound 80 %".
     *
     * @param met whether the fact satisfies the route's condition
     * @param thresholdKey the {@code decision_threshold} key, {@code null} for a fact without one
     */
    public record Reason(boolean met, String text, String thresholdKey, String source) {}

    public record Estimate(double hours, double costEur, String basis) {}

    /**
     * @param reusableModules modules kept whole for the next life
     * @param reusableCells cells kept for the next life (in kept modules or harvested)
     * @param productValueEur value of what is kept whole (pack, modules, cells)
     * @param materials masses recovered from what goes to recycling, per element
     */
    public record Yield(
            int reusableModules,
            int reusableCells,
            double reusedEnergyKwh,
            double productValueEur,
            List<MaterialYield> materials,
            double materialValueEur) {

        public Yield {
            materials = List.copyOf(materials);
        }
    }

    /**
     * @param containedKg mass in the recycled share: rated kWh x share x kg/kWh of the chemistry
     * @param recoverableKg contained mass x the process's recovery rate
     * @param priceEurPerKg {@code null} when no price is configured (the value is then 0)
     */
    public record MaterialYield(
            Element element,
            double containedKg,
            double recoveryPct,
            double recoverableKg,
            Double priceEurPerKg,
            double valueEur,
            String contentSource) {}

    /**
     * What each process would recover from the whole pack, and which Annex XII targets it meets.
     */
    public record RecyclingContext(List<ProcessOutcome> processes, List<RecoveryTarget> targets) {

        public RecyclingContext {
            processes = List.copyOf(processes);
            targets = List.copyOf(targets);
        }
    }

    /**
     * @param feasible direct recycling needs a known, intact chemistry
     * @param unmetTargets material-recovery targets this process's rates fall short of
     */
    public record ProcessOutcome(
            RecyclingProcess process,
            boolean feasible,
            String note,
            List<MaterialYield> materials,
            double valueEur,
            List<String> unmetTargets) {

        public ProcessOutcome {
            materials = List.copyOf(materials);
            unmetTargets = List.copyOf(unmetTargets);
        }
    }
}
