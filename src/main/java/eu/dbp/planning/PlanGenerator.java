package eu.dbp.planning;

import eu.dbp.learning.ModelKnowledge;
import eu.dbp.learning.Prior;
import eu.dbp.learning.TimeEstimate;
import eu.dbp.passport.PackView;
import eu.dbp.planning.DisassemblyPlan.Estimate;
import eu.dbp.planning.DisassemblyPlan.Step;
import eu.dbp.planning.DisassemblyPlan.Totals;
import eu.dbp.planning.PlanningFigures.Calibration;
import eu.dbp.planning.PlanningFigures.Milestone;
import eu.dbp.safety.IntendedRoute;
import eu.dbp.safety.SafetyAssessment;
import eu.dbp.safety.SafetyAssessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a pack view into a disassembly plan: pure, no database, no clock. Drafts the steps and
 * their precedence ({@link ProcedureDrafter}), orders them, and estimates each step from its prior,
 * the model's published planning time and what {@link ModelKnowledge} has learned.
 */
public final class PlanGenerator {

    private final SafetyAssessor assessor;
    private final PlanningFigures figures;

    PlanGenerator(SafetyAssessor assessor, PlanningFigures figures) {
        this.assessor = assessor;
        this.figures = figures;
    }

    /** A generator with the shipped safety thresholds and planning figures. */
    public static PlanGenerator standard() {
        return new PlanGenerator(SafetyAssessor.standard(), PlanningFigures.standard());
    }

    public DisassemblyPlan generate(
            PackView view, Depth depth, IntendedRoute route, ModelKnowledge knowledge) {
        SafetyAssessment safety = assessor.assess(view, route);
        List<String> notes = new ArrayList<>();
        ProcedureDrafter drafter =
                new ProcedureDrafter(view, depth, safety, knowledge, figures, notes);
        PrecedenceGraph graph = drafter.draft();
        List<StepDraft> order = graph.order(notes::add);

        Map<Integer, Integer> numbers = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            numbers.put(order.get(i).id, i + 1);
        }
        Map<StepDraft, Estimate> estimates = estimate(view, depth, order, knowledge);
        List<Step> steps = new ArrayList<>(order.size());
        for (StepDraft d : order) {
            List<Integer> prerequisites = d.preds.stream().map(numbers::get).sorted().toList();
            steps.add(
                    new Step(
                            numbers.get(d.id),
                            d.key,
                            d.kind,
                            d.action,
                            d.componentRef,
                            d.componentName,
                            d.highVoltage,
                            d.destructive,
                            d.verifyVoltageAfter,
                            d.tools,
                            d.fastener,
                            d.force,
                            drafter.ppeFor(d),
                            safety.gate().qualificationFor(d.highVoltage),
                            d.warnings,
                            prerequisites,
                            estimates.get(d)));
        }
        notes.add(
                "Times marked [A] are planning assumptions, not OEM data; they improve as runs "
                        + "are recorded.");
        return new DisassemblyPlan(
                view.identifier(), view.model(), depth, route, safety, steps, totals(steps), notes);
    }

    private Map<StepDraft, Estimate> estimate(
            PackView view, Depth depth, List<StepDraft> order, ModelKnowledge knowledge) {
        double ratio = figures.number("prior.p90_ratio");
        Map<StepDraft, double[]> p50 = new LinkedHashMap<>();
        Map<StepDraft, String> basis = new HashMap<>();
        for (StepDraft d : order) {
            p50.put(d, new double[] {prior(d)});
            basis.put(d, "[A] step prior (" + d.priorKind + ")");
        }
        calibrate(view, depth, p50, basis);

        Map<StepDraft, Estimate> estimates = new HashMap<>();
        for (StepDraft d : order) {
            double median = Math.max(p50.get(d)[0], 0.1);
            TimeEstimate learned =
                    knowledge.estimate(d.key, new Prior(median, median * ratio, basis.get(d)));
            estimates.put(
                    d,
                    new Estimate(
                            round(learned.p50Min()),
                            round(learned.p90Min()),
                            learned.observations(),
                            learned.basis()));
        }
        return estimates;
    }

    private double prior(StepDraft d) {
        if (d.fixedMinutes > 0) {
            return Math.max(d.fixedMinutes, figures.number("prior.ISOLATION.base"));
        }
        String prefix = "prior." + d.priorKind;
        if (d.heavy) {
            return figures.number("prior.REMOVE.heavy");
        }
        return figures.number(prefix + ".base") + figures.numberOr(prefix + ".item", 0) * d.items;
    }

    /**
     * Scales the priors so that each milestone with a published or assumed planning time for this
     * model adds up to that time; narrower milestones first.
     */
    private void calibrate(
            PackView view,
            Depth depth,
            Map<StepDraft, double[]> p50,
            Map<StepDraft, String> basis) {
        List<Calibration> calibrations = new ArrayList<>(figures.calibrationsFor(view.model()));
        calibrations.sort((a, b) -> a.milestone().compareTo(b.milestone()));
        Set<StepDraft> calibrated = new HashSet<>();
        for (Calibration c : calibrations) {
            if (c.milestone() == Milestone.TO_CELL_LEVEL && depth != Depth.CELL) {
                continue;
            }
            double fixed = 0;
            double free = 0;
            List<StepDraft> covered = new ArrayList<>();
            for (StepDraft d : p50.keySet()) {
                if (!covers(c.milestone(), d.phase)) {
                    continue;
                }
                if (calibrated.contains(d)) {
                    fixed += p50.get(d)[0];
                } else {
                    free += p50.get(d)[0];
                    covered.add(d);
                }
            }
            double target = c.minutes() - fixed;
            if (target <= 0 || free <= 0) {
                continue;
            }
            double factor = target / free;
            for (StepDraft d : covered) {
                p50.get(d)[0] *= factor;
                basis.put(
                        d,
                        "calibrated to "
                                + c.milestone()
                                + " = "
                                + (int) c.minutes()
                                + " min: "
                                + c.source());
                calibrated.add(d);
            }
        }
    }

    private static boolean covers(Milestone milestone, int phase) {
        return switch (milestone) {
            case ISOLATE_AND_OPEN -> phase <= StepDraft.OPEN;
            case MODULE_REMOVAL -> phase == StepDraft.INSIDE;
            case TO_MODULE_LEVEL -> phase <= StepDraft.INSIDE;
            case TO_CELL_LEVEL -> true;
        };
    }

    private Totals totals(List<Step> steps) {
        double p50 = steps.stream().mapToDouble(s -> s.estimate().p50Min()).sum();
        double p90 = steps.stream().mapToDouble(s -> s.estimate().p90Min()).sum();
        PlanningFigures.Figure rate = figures.get("labour.rate_eur_per_h");
        return new Totals(
                round(p50),
                round(p90),
                rate.value(),
                round(p50 / 60 * rate.value()),
                round(p90 / 60 * rate.value()),
                "EUR",
                rate.source());
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
