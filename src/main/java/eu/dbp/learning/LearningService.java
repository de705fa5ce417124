package eu.dbp.learning;

import eu.dbp.platform.FieldViolation;
import eu.dbp.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learning module's public face: the bench records step outcomes, the planner reads estimates
 * and fastener risks, the dashboard reads the summaries. All state is in PostgreSQL, so every
 * application instance sees the same posterior.
 */
@Service
public class LearningService {

    private static final Logger log = LoggerFactory.getLogger(LearningService.class);

    private final LearningStore store;

    LearningService(LearningStore store) {
        this.store = store;
    }

    /** Records one outcome and updates the time and fastener statistics in one transaction. */
    @Transactional
    public void recordStepOutcome(StepOutcome outcome) {
        validate(outcome);
        store.insert(outcome);
        store.addTime(
                outcome.packModel(),
                outcome.stepKey(),
                outcome.minutes(),
                outcome.firstAttemptSuccess());
        if (outcome.fastenerClass() != null && outcome.fastenersHandled() > 0) {
            store.addFasteners(
                    outcome.fastenerClass(),
                    outcome.fastenersHandled(),
                    outcome.stripped(),
                    outcome.seized(),
                    outcome.broken());
        }
        log.debug("Recorded outcome of {} for {}", outcome.stepKey(), outcome.packModel());
    }

    /** Everything learned for one pack model, for planning without further queries. */
    @Transactional(readOnly = true)
    public ModelKnowledge knowledgeOf(String packModel) {
        return new ModelKnowledge(
                packModel, store.stepStats(packModel), store.fastenerStats(), store.parameters());
    }

    public TimeEstimate estimate(String packModel, String stepKey, Prior prior) {
        return knowledgeOf(packModel).estimate(stepKey, prior);
    }

    public FastenerRisk fastenerRisk(String fastenerClass) {
        return fastenersOnly().fastenerRisk(fastenerClass);
    }

    /** Steps of any model whose first-attempt success fell below the review threshold. */
    public List<FlaggedStep> flaggedSteps() {
        ModelKnowledge.Parameters p = store.parameters();
        return store.flagged(p.reviewMinAttempts(), p.reviewFirstAttemptMin());
    }

    /** Recorded times against planned estimates, per step of one model. */
    public List<StepTimeSummary> stepSummaries(String packModel) {
        return stepSummaries(List.of(packModel));
    }

    /** The same for several pack models at once, ordered by model and step: for overviews. */
    public List<StepTimeSummary> stepSummaries(Collection<String> packModels) {
        ModelKnowledge.Parameters p = store.parameters();
        return store.summaries(packModels, p.reviewMinAttempts(), p.reviewFirstAttemptMin());
    }

    /** Fastener classes for which the planner now proposes cutting or drilling. */
    public List<FastenerRisk> troublesomeFasteners() {
        ModelKnowledge knowledge = fastenersOnly();
        return knowledge.fasteners().keySet().stream()
                .sorted()
                .map(knowledge::fastenerRisk)
                .filter(FastenerRisk::preferDestructive)
                .toList();
    }

    private ModelKnowledge fastenersOnly() {
        return new ModelKnowledge("", Map.of(), store.fastenerStats(), store.parameters());
    }

    private static void validate(StepOutcome o) {
        List<FieldViolation> violations = new ArrayList<>();
        if (o.packModel() == null || o.packModel().isBlank() || o.packModel().length() > 200) {
            violations.add(
                    new FieldViolation(
                            "packModel", "length 1..200", "packModel must name the battery model"));
        }
        if (o.stepKey() == null || !o.stepKey().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,127}")) {
            violations.add(
                    new FieldViolation(
                            "stepKey",
                            "pattern",
                            "stepKey must be a plan step key such as lid.unbolt"));
        }
        if (!(o.minutes() > 0) || o.minutes() > 10000) {
            violations.add(
                    new FieldViolation(
                            "minutes",
                            "range (0, 10000]",
                            "minutes must be above 0 and at most 10000, got " + o.minutes()));
        }
        if (o.fastenersHandled() < 0 || o.stripped() < 0 || o.seized() < 0 || o.broken() < 0) {
            violations.add(
                    new FieldViolation(
                            "fastenersHandled", "min 0", "fastener counts cannot be negative"));
        } else if (o.stripped() + o.seized() + o.broken() > o.fastenersHandled()) {
            violations.add(
                    new FieldViolation(
                            "stripped",
                            "at most fastenersHandled",
                            "stripped + seized + broken exceeds the "
                                    + o.fastenersHandled()
                                    + " fasteners handled"));
        }
        if (o.fastenersHandled() > 0
                && (o.fastenerClass() == null || o.fastenerClass().isBlank())) {
            violations.add(
                    new FieldViolation(
                            "fastenerClass",
                            "required",
                            "fastenerClass is required when fasteners were handled"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
