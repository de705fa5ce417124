package eu.dbp.bench;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import eu.dbp.platform.ConflictException;
import eu.dbp.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class RunGateTests {

    private static final RunStep ISOLATE = new RunStep(1, "pack.isolate", "ISOLATION",
            "Pull the service disconnect and verify absence of voltage", true, false, true, List.of(),
            null, 0, 10.0);
    private static final RunStep LID = new RunStep(2, "lid.unbolt", "UNFASTEN", "Unbolt the lid", false,
            false, false, List.of(1), "BOLT-HEX-M8", 24, 12.0);
    private static final RunStep CUT = new RunStep(3, "module.M1.cut", "CUT", "Cut the module case open",
            false, true, false, List.of(1, 2), null, 0, 20.0);

    @Test
    void refusesAStepWhosePrerequisiteIsNotDone() {
        assertThatThrownBy(() -> RunGate.check("R1", true, true, LID, StepResult.DONE, Map.of()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("needs step(s) [1] DONE first");
        assertThatThrownBy(() -> RunGate.check("R1", true, true, LID, StepResult.DONE,
                Map.of(1, StepResult.FAILED)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void refusesADestructiveStepBeforeTheLockoutIsConfirmed() {
        Map<Integer, StepResult> done = Map.of(1, StepResult.DONE, 2, StepResult.DONE);

        assertThatThrownBy(() -> RunGate.check("R1", true, false, CUT, StepResult.DONE, done))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("destructive: confirm the lock-out/tag-out checklist");
        assertThatCode(() -> RunGate.check("R1", true, true, CUT, StepResult.DONE, done))
                .doesNotThrowAnyException();
    }

    @Test
    void neverSkipsAnIsolationStep() {
        assertThatThrownBy(() -> RunGate.check("R1", true, true, ISOLATE, StepResult.SKIPPED, Map.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cannot be skipped");
    }

    @Test
    void retriesAFailedStepButNotADoneOne() {
        assertThatCode(() -> RunGate.check("R1", true, true, ISOLATE, StepResult.DONE,
                Map.of(1, StepResult.FAILED))).doesNotThrowAnyException();
        assertThatThrownBy(() -> RunGate.check("R1", true, true, ISOLATE, StepResult.DONE,
                Map.of(1, StepResult.DONE))).isInstanceOf(ConflictException.class);
    }

    @Test
    void recordsNothingOnAClosedRun() {
        assertThatThrownBy(() -> RunGate.check("R1", false, true, ISOLATE, StepResult.DONE, Map.of()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("closed");
    }
}
