package eu.dbp.bench;

import java.util.List;

/**
 * A plan step as a run follows it: the snapshot of the plan's step that the gate checks.
 *
 * @param safetyStep    isolation, discharge or voltage verification: never skipped
 * @param prerequisites numbers of the steps that must be DONE first
 */
record RunStep(
        int number,
        String key,
        String kind,
        String action,
        boolean highVoltage,
        boolean destructive,
        boolean safetyStep,
        List<Integer> prerequisites,
        String fastenerClass,
        int fastenerCount,
        Double plannedP50Min) {

    RunStep {
        prerequisites = List.copyOf(prerequisites);
    }

    /** Steps that cut, drill or open live parts need the lock-out checklist confirmed first. */
    boolean needsLockout() {
        return destructive || highVoltage;
    }
}
