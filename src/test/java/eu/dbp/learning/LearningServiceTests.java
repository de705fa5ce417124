package eu.dbp.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dbp.IntegrationTest;
import eu.dbp.platform.InvalidInputException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The learning store against the real database; every test uses its own model and classes. */
@IntegrationTest
class LearningServiceTests {

    @Autowired LearningService learning;

    private final String model = "Test model " + UUID.randomUUID();
    private final Prior prior = new Prior(10, 18, "[A] test prior");

    @Test
    void estimateMovesTowardsRecordedTimes() {
        TimeEstimate before = learning.estimate(model, "lid.unbolt", prior);
        record(3, 30);
        TimeEstimate afterThree = learning.estimate(model, "lid.unbolt", prior);
        record(12, 30);
        TimeEstimate afterFifteen = learning.estimate(model, "lid.unbolt", prior);

        assertThat(before.p50Min()).isEqualTo(10);
        assertThat(before.observations()).isZero();
        assertThat(afterThree.p50Min()).isGreaterThan(before.p50Min()).isLessThan(30);
        assertThat(afterFifteen.p50Min()).isGreaterThan(afterThree.p50Min()).isLessThan(30);
        assertThat(afterFifteen.observations()).isEqualTo(15);
        assertThat(afterFifteen.p90Min()).isGreaterThan(afterFifteen.p50Min());
        assertThat(learning.estimate(model, "lid.remove", prior).p50Min()).isEqualTo(10);
    }

    @Test
    void fasterRunsPullTheEstimateDown() {
        record(10, 4);

        assertThat(learning.estimate(model, "lid.unbolt", prior).p50Min()).isLessThan(7);
    }

    @Test
    void repeatedlyStrippedFastenersAreMarkedForDestructiveRemoval() {
        String fastenerClass = "BOLT-HEX-" + UUID.randomUUID();
        FastenerRisk fresh = learning.fastenerRisk(fastenerClass);
        for (int run = 0; run < 3; run++) {
            learning.recordStepOutcome(
                    new StepOutcome(
                            model,
                            "lid.unbolt",
                            fastenerClass,
                            25,
                            false,
                            12,
                            5,
                            1,
                            0,
                            12.0,
                            null,
                            "run-" + run));
        }
        FastenerRisk learned = learning.fastenerRisk(fastenerClass);

        assertThat(fresh.preferDestructive()).isFalse();
        assertThat(fresh.pAnyFailure()).isEqualTo(0.05);
        assertThat(learned.handled()).isEqualTo(36);
        assertThat(learned.stripped()).isEqualTo(15);
        assertThat(learned.dominantFailure()).isEqualTo("stripped");
        assertThat(learned.preferDestructive()).isTrue();
        assertThat(learning.troublesomeFasteners())
                .extracting(FastenerRisk::fastenerClass)
                .contains(fastenerClass);
        assertThat(learning.knowledgeOf(model).fastenerRisk(fastenerClass).preferDestructive())
                .isTrue();
    }

    @Test
    void flagsStepsWhoseFirstAttemptSuccessFallsBelowTheThreshold() {
        for (int run = 0; run < 6; run++) {
            learning.recordStepOutcome(StepOutcome.timed(model, "module.M07.remove", 12, run == 0));
            learning.recordStepOutcome(StepOutcome.timed(model, "lid.remove", 5, true));
        }

        assertThat(learning.flaggedSteps())
                .filteredOn(f -> f.packModel().equals(model))
                .singleElement()
                .satisfies(
                        f -> {
                            assertThat(f.stepKey()).isEqualTo("module.M07.remove");
                            assertThat(f.attempts()).isEqualTo(6);
                            assertThat(f.firstAttemptRate()).isLessThan(0.8);
                        });
        assertThat(learning.knowledgeOf(model).flagged("module.M07.remove")).isTrue();
        assertThat(learning.knowledgeOf(model).flagged("lid.remove")).isFalse();
    }

    @Test
    void summarisesRecordedTimesAgainstPlannedEstimates() {
        for (double minutes : new double[] {10, 20, 60}) {
            learning.recordStepOutcome(
                    new StepOutcome(
                            model,
                            "lid.unbolt",
                            null,
                            minutes,
                            true,
                            0,
                            0,
                            0,
                            0,
                            15.0,
                            "DEMO-LEAF-24-0001",
                            null));
        }

        assertThat(learning.stepSummaries(model))
                .singleElement()
                .satisfies(
                        s -> {
                            assertThat(s.observations()).isEqualTo(3);
                            assertThat(s.medianRecordedMin()).isEqualTo(20);
                            assertThat(s.meanRecordedMin()).isEqualTo(30);
                            assertThat(s.meanPlannedP50Min()).isEqualTo(15);
                        });
    }

    @Test
    void rejectsImpossibleOutcomesAndStoresNothing() {
        assertThatThrownBy(
                        () ->
                                learning.recordStepOutcome(
                                        new StepOutcome(
                                                model,
                                                "lid.unbolt",
                                                "BOLT-HEX-10 mm",
                                                5,
                                                true,
                                                2,
                                                3,
                                                0,
                                                0,
                                                null,
                                                null,
                                                null)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(
                        e ->
                                assertThat(((InvalidInputException) e).violations())
                                        .extracting(v -> v.field())
                                        .contains("stripped"));
        assertThatThrownBy(
                        () ->
                                learning.recordStepOutcome(
                                        StepOutcome.timed(model, "lid.unbolt", 0, true)))
                .isInstanceOf(InvalidInputException.class);

        assertThat(learning.stepSummaries(model)).isEmpty();
    }

    private void record(int runs, double minutes) {
        for (int run = 0; run < runs; run++) {
            learning.recordStepOutcome(StepOutcome.timed(model, "lid.unbolt", minutes, true));
        }
    }
}
