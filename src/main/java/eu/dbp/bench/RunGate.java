package eu.dbp.bench;

import eu.dbp.platform.ConflictException;
import eu.dbp.platform.InvalidInputException;
import java.util.List;
import java.util.Map;

/**
 * The safety gate of a run, pure: may this step's outcome be recorded now? A step is recorded only
 * on a run that is open and not on hold, after all its prerequisites are settled (DONE, or SKIPPED
 * where skipping is allowed); a step that opens live parts or destroys something needs the lock-out
 * checklist confirmed; safety steps are never skipped; a step that opens a string is DONE only with
 * voltage verified again (domain.md 2.3); a settled step is closed.
 */
final class RunGate {

    private RunGate() {}

    /** The run as the gate sees it. */
    record RunContext(String runRef, RunState state, String holdReason, boolean lockoutConfirmed) {}

    /**
     * @param latest the latest result of each step recorded so far, by step number
     * @throws ConflictException the run's state does not allow it (409)
     * @throws InvalidInputException the outcome itself is not allowed for this step (422)
     */
    static void check(
            RunContext run,
            RunStep step,
            StepResult result,
            Boolean voltageVerified,
            Map<Integer, StepResult> latest) {
        if (run.state().closed()) {
            throw new ConflictException(
                    "run "
                            + run.runRef()
                            + " is "
                            + run.state()
                            + ": no more steps can be recorded");
        }
        if (run.state() == RunState.ON_HOLD) {
            throw new ConflictException(
                    "run "
                            + run.runRef()
                            + " is ON_HOLD ("
                            + run.holdReason()
                            + "): make the pack safe, verify voltage again and release the hold first");
        }
        StepResult previous = latest.get(step.number());
        if (previous != null && previous.settled()) {
            throw new ConflictException(
                    "step "
                            + step.number()
                            + " ("
                            + step.key()
                            + ") is already "
                            + previous
                            + "; only a FAILED step is attempted again");
        }
        List<Integer> missing =
                step.prerequisites().stream()
                        .filter(
                                number ->
                                        latest.get(number) == null || !latest.get(number).settled())
                        .toList();
        if (!missing.isEmpty()) {
            throw new ConflictException(
                    "step "
                            + step.number()
                            + " ("
                            + step.key()
                            + ") needs step(s) "
                            + missing
                            + " DONE first");
        }
        if (step.needsLockout() && !run.lockoutConfirmed() && result != StepResult.SKIPPED) {
            throw new ConflictException(
                    "step "
                            + step.number()
                            + " ("
                            + step.key()
                            + ") is "
                            + (step.destructive() ? "destructive" : "high-voltage")
                            + ": confirm the lock-out/tag-out checklist of run "
                            + run.runRef()
                            + " first");
        }
        if (step.safetyStep() && result == StepResult.SKIPPED) {
            throw new InvalidInputException(
                    "result",
                    "not SKIPPED",
                    "step "
                            + step.number()
                            + " ("
                            + step.key()
                            + ") isolates or makes the pack safe and cannot be skipped");
        }
        if (step.verifyVoltageAfter()
                && result == StepResult.DONE
                && !Boolean.TRUE.equals(voltageVerified)) {
            throw new InvalidInputException(
                    "voltageVerified",
                    "must be true",
                    "step "
                            + step.number()
                            + " ("
                            + step.key()
                            + ") opens a string: verify the absence of "
                            + "voltage again and record voltageVerified=true");
        }
    }
}
