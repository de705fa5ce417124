package eu.dbp.bench;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dbp.platform.ConflictException;
import eu.dbp.platform.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunGateTests {

    private static final RunStep ISOLATE =
            step(1, "isolate.service-disconnect", "ISOLATION", true, false, List.of());
    private static final RunStep LID = step(2, "lid.unbolt", "UNFASTEN", false, false, List.of(1));
    private static final RunStep CUT =
            step(3, "module.M1.cut-welds", "CUT", false, true, List.of(1, 2));
    private static final RunStep BUSBAR =
            new RunStep(
                    4,
                    "bb-1.remove",
                    "REMOVE",
                    "Remove busbar",
                    true,
                    false,
                    false,
                    true,
                    List.of(2),
                    null,
                    0,
                    3.0,
                    5.0);

    private static final RunGate.RunContext OPEN =
            new RunGate.RunContext("R1", RunState.IN_PROGRESS, null, true);
    private static final RunGate.RunContext NOT_LOCKED_OUT =
            new RunGate.RunContext("R1", RunState.IN_PROGRESS, null, false);

    @Test
    void refusesAStepWhosePrerequisiteIsNotSettled() {
        assertThatThrownBy(() -> RunGate.check(OPEN, LID, StepResult.DONE, null, Map.of()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("needs step(s) [1] DONE first");
        assertThatThrownBy(
                        () ->
                                RunGate.check(
                                        OPEN,
                                        LID,
                                        StepResult.DONE,
                                        null,
                                        Map.of(1, StepResult.FAILED)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void refusesADestructiveStepBeforeTheLockoutIsConfirmed() {
        Map<Integer, StepResult> done = Map.of(1, StepResult.DONE, 2, StepResult.DONE);

        assertThatThrownBy(() -> RunGate.check(NOT_LOCKED_OUT, CUT, StepResult.DONE, null, done))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("destructive: confirm the lock-out/tag-out checklist");
        assertThatCode(() -> RunGate.check(OPEN, CUT, StepResult.DONE, null, done))
                .doesNotThrowAnyException();
    }

    @Test
    void letsTheIsolationStepsEstablishTheLockout() {
        assertThatCode(
                        () ->
                                RunGate.check(
                                        NOT_LOCKED_OUT, ISOLATE, StepResult.DONE, null, Map.of()))
                .doesNotThrowAnyException();
    }

    @Test
    void neverSkipsAnIsolationStep() {
        assertThatThrownBy(() -> RunGate.check(OPEN, ISOLATE, StepResult.SKIPPED, null, Map.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cannot be skipped");
    }

    @Test
    void acceptsASkippedOrdinaryStepAsPrerequisite() {
        assertThatCode(
                        () ->
                                RunGate.check(
                                        OPEN,
                                        CUT,
                                        StepResult.DONE,
                                        null,
                                        Map.of(1, StepResult.DONE, 2, StepResult.SKIPPED)))
                .doesNotThrowAnyException();
    }

    @Test
    void needsVoltageVerifiedAgainAfterAStepThatOpensAString() {
        Map<Integer, StepResult> done = Map.of(2, StepResult.DONE);

        assertThatThrownBy(() -> RunGate.check(OPEN, BUSBAR, StepResult.DONE, null, done))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("verify the absence of voltage again");
        assertThatCode(() -> RunGate.check(OPEN, BUSBAR, StepResult.DONE, true, done))
                .doesNotThrowAnyException();
        assertThatCode(() -> RunGate.check(OPEN, BUSBAR, StepResult.FAILED, null, done))
                .doesNotThrowAnyException();
    }

    @Test
    void retriesAFailedStepButNotADoneOne() {
        assertThatCode(
                        () ->
                                RunGate.check(
                                        OPEN,
                                        ISOLATE,
                                        StepResult.DONE,
                                        null,
                                        Map.of(1, StepResult.FAILED)))
                .doesNotThrowAnyException();
        assertThatThrownBy(
                        () ->
                                RunGate.check(
                                        OPEN,
                                        ISOLATE,
                                        StepResult.DONE,
                                        null,
                                        Map.of(1, StepResult.DONE)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void recordsNothingOnAClosedRunOrARunOnHold() {
        RunGate.RunContext closed = new RunGate.RunContext("R1", RunState.COMPLETED, null, true);
        RunGate.RunContext held =
                new RunGate.RunContext("R1", RunState.ON_HOLD, "SMOKE observed at step 1", true);

        assertThatThrownBy(() -> RunGate.check(closed, ISOLATE, StepResult.DONE, null, Map.of()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("COMPLETED");
        assertThatThrownBy(
                        () ->
                                RunGate.check(
                                        held,
                                        LID,
                                        StepResult.DONE,
                                        null,
                                        Map.of(1, StepResult.DONE)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("ON_HOLD (SMOKE observed at step 1)");
    }

    private static RunStep step(
            int number,
            String key,
            String kind,
            boolean hv,
            boolean destructive,
            List<Integer> prerequisites) {
        boolean safety = kind.equals("ISOLATION");
        return new RunStep(
                number,
                key,
                kind,
                key,
                hv,
                destructive,
                safety,
                false,
                prerequisites,
                null,
                0,
                5.0,
                8.0);
    }
}
