package eu.dbp.bench;

import java.util.List;
import java.util.Map;

import eu.dbp.platform.ConflictException;
import eu.dbp.platform.InvalidInputException;

/**
 * The safety gate of a run, pure: may this step's outcome be recorded now? A step is recorded
 * only on an open run, after all its prerequisites are DONE (isolation and verification steps
 * included); a step that opens live parts or destroys something needs the lock-out checklist
 * confirmed; safety steps are never skipped; a DONE or SKIPPED step is closed.
 */
final class RunGate {

    private RunGate() {
    }

    /**
     * @param latest the latest result of each step recorded so far, by step number
     * @throws ConflictException     the run's state does not allow it (409)
     * @throws InvalidInputException the outcome itself is not allowed for this step (422)
     */
    static void check(String runRef, boolean open, boolean lockoutConfirmed, RunStep step,
            StepResult result, Map<Integer, StepResult> latest) {
        if (!open) {
            throw new ConflictException("run " + runRef + " is closed: no more steps can be recorded");
        }
        StepResult previous = latest.get(step.number());
        if (previous == StepResult.DONE || previous == StepResult.SKIPPED) {
            throw new ConflictException("step " + step.number() + " (" + step.key() + ") is already "
                    + previous + "; only a FAILED step is attempted again");
        }
        List<Integer> missing = step.prerequisites().stream()
                .filter(number -> latest.get(number) != StepResult.DONE)
                .toList();
        if (!missing.isEmpty()) {
            throw new ConflictException("step " + step.number() + " (" + step.key()
                    + ") needs step(s) " + missing + " DONE first");
        }
        if (step.needsLockout() && !lockoutConfirmed && result != StepResult.SKIPPED) {
            throw new ConflictException("step " + step.number() + " (" + step.key() + ") is "
                    + (step.destructive() ? "destructive" : "high-voltage")
                    + ": confirm the lock-out/tag-out checklist of run " + runRef + " first");
        }
        if (step.safetyStep() && result == StepResult.SKIPPED) {
            throw new InvalidInputException("result", "not SKIPPED", "step " + step.number() + " ("
                    + step.key() + ") isolates or verifies the pack and cannot be skipped");
        }
    }
}
