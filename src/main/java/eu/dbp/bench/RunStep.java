package eu.dbp.bench;

import eu.dbp.planning.DisassemblyPlan;
import java.util.List;
import java.util.Set;

/**
 * A plan step as a run follows it: the snapshot of the plan's step that the gate checks.
 *
 * @param safetyStep quarantine, isolation or discharge: never skipped
 * @param verifyVoltageAfter the step opens a string: a DONE outcome must confirm voltage was
 *     verified again
 * @param prerequisites numbers of the steps that must be settled first
 */
record RunStep(
        int number,
        String key,
        String kind,
        String action,
        boolean highVoltage,
        boolean destructive,
        boolean safetyStep,
        boolean verifyVoltageAfter,
        List<Integer> prerequisites,
        String fastenerClass,
        int fastenerCount,
        Double plannedP50Min,
        Double plannedP90Min) {

    private static final Set<String> SAFETY_KINDS = Set.of("QUARANTINE", "ISOLATION", "DISCHARGE");

    /** Kinds that establish the isolation themselves, so they cannot wait for its checklist. */
    private static final Set<String> ISOLATING_KINDS = Set.of("QUARANTINE", "ISOLATION");

    RunStep {
        prerequisites = List.copyOf(prerequisites);
    }

    static RunStep of(DisassemblyPlan.Step step) {
        DisassemblyPlan.FastenerSpec fastener = step.fastener();
        DisassemblyPlan.Estimate estimate = step.estimate();
        return new RunStep(
                step.number(),
                step.key(),
                step.kind().name(),
                step.action(),
                step.highVoltage(),
                step.destructive(),
                SAFETY_KINDS.contains(step.kind().name()),
                step.verifyVoltageAfter(),
                step.prerequisites(),
                fastener == null ? null : fastener.fastenerClass(),
                fastener == null ? 0 : fastener.count(),
                estimate == null ? null : estimate.p50Min(),
                estimate == null ? null : estimate.p90Min());
    }

    /**
     * Steps that cut, drill or touch high-voltage parts need the lock-out checklist confirmed
     * first; the isolation steps themselves are how it is established.
     */
    boolean needsLockout() {
        return (destructive || highVoltage) && !ISOLATING_KINDS.contains(kind);
    }
}
