package eu.dbp.planning;

import eu.dbp.passport.Drive;
import eu.dbp.passport.FastenerType;
import eu.dbp.safety.IntendedRoute;
import eu.dbp.safety.Qualification;
import eu.dbp.safety.SafetyAssessment;
import java.util.List;

/**
 * An ordered, safe disassembly procedure for one pack: the safety assessment it rests on, the steps
 * in the order to follow, and the estimated time and cost. Immutable, so that a bench run can keep
 * it as the snapshot it executes.
 */
public record DisassemblyPlan(
        String identifier,
        String model,
        Depth depth,
        IntendedRoute route,
        SafetyAssessment safety,
        List<Step> steps,
        Totals totals,
        List<String> notes) {

    public DisassemblyPlan {
        steps = List.copyOf(steps);
        notes = List.copyOf(notes);
    }

    /**
     * One step. {@code key} is stable for the same design (for example {@code lid.unbolt} or {@code
     * module.M07.remove}), so that learning can collect times per pack model and key.
     *
     * @param highVoltage the step touches or exposes high-voltage parts
     * @param verifyVoltageAfter the step opens a string: verify voltage again when it is done
     * @param destructive the step cuts, drills or breaks something
     * @param prerequisites numbers of the steps that must be done first
     */
    public record Step(
            int number,
            String key,
            StepKind kind,
            String action,
            String componentRef,
            String componentName,
            boolean highVoltage,
            boolean destructive,
            boolean verifyVoltageAfter,
            List<String> tools,
            FastenerSpec fastener,
            ForceLimits force,
            List<String> ppe,
            Qualification qualification,
            List<String> warnings,
            List<Integer> prerequisites,
            Estimate estimate) {

        public Step {
            tools = List.copyOf(tools);
            ppe = List.copyOf(ppe);
            warnings = List.copyOf(warnings);
            prerequisites = List.copyOf(prerequisites);
        }
    }

    public record FastenerSpec(
            String fastenerClass,
            FastenerType type,
            String size,
            Drive drive,
            int count,
            Double torqueNm,
            Integer angleDeg,
            boolean singleUse,
            boolean captive) {}

    /** Limits at which to stop and reassess instead of forcing the part. */
    public record ForceLimits(Double maxBreakLooseTorqueNm, Double maxPullForceN, String source) {}

    /** Minutes of attended work: median and 90th percentile, with where they come from. */
    public record Estimate(double p50Min, double p90Min, int observations, String basis) {}

    /**
     * Totals over all steps. The P90 total is the sum of the step P90s, an upper bound that assumes
     * slow steps come together.
     */
    public record Totals(
            double p50Min,
            double p90Min,
            double labourRateEurPerHour,
            double costP50Eur,
            double costP90Eur,
            String currency,
            String rateSource) {}
}
