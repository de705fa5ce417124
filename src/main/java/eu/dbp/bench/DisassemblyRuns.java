package eu.dbp.bench;

import eu.dbp.bench.RunStore.AttemptRow;
import eu.dbp.bench.RunStore.RunRow;
import eu.dbp.learning.LearningService;
import eu.dbp.learning.StepOutcome;
import eu.dbp.passport.BatteryStatus;
import eu.dbp.passport.EndOfLifeRecord;
import eu.dbp.passport.ModuleCondition;
import eu.dbp.passport.PackView;
import eu.dbp.passport.PassportService;
import eu.dbp.planning.Depth;
import eu.dbp.planning.DisassemblyPlan;
import eu.dbp.planning.DisassemblyPlanner;
import eu.dbp.platform.Actor;
import eu.dbp.platform.ConflictException;
import eu.dbp.platform.CurrentActor;
import eu.dbp.platform.FieldViolation;
import eu.dbp.platform.InvalidInputException;
import eu.dbp.platform.NotFoundException;
import eu.dbp.safety.IntendedRoute;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bench module's public face: start a run with a snapshot of the plan, confirm its lock-out,
 * record each step's attempts through the {@link RunGate}, hold it when a hazard is observed, and
 * complete it. Each recorded step teaches {@link LearningService}; completion writes the results
 * into the passport. Every change is one transaction under optimistic locking on the run, so a
 * refused request leaves nothing behind.
 */
@Service
@Transactional(readOnly = true)
public class DisassemblyRuns {

    private static final Logger log = LoggerFactory.getLogger(DisassemblyRuns.class);

    /** Conditions a module can leave the bench in. */
    private static final Set<ModuleCondition> BENCH_CONDITIONS =
            Set.of(
                    ModuleCondition.REUSABLE,
                    ModuleCondition.REPURPOSABLE,
                    ModuleCondition.DAMAGED,
                    ModuleCondition.REMOVED,
                    ModuleCondition.RECYCLED);

    private static final int LIST_LIMIT = 200;

    private final RunStore store;
    private final DisassemblyPlanner planner;
    private final PassportService passports;
    private final LearningService learning;
    private final CurrentActor actor;
    private final JsonMapper json;

    DisassemblyRuns(
            RunStore store,
            DisassemblyPlanner planner,
            PassportService passports,
            LearningService learning,
            CurrentActor actor,
            JsonMapper json) {
        this.store = store;
        this.planner = planner;
        this.passports = passports;
        this.learning = learning;
        this.actor = actor;
        this.json = json;
    }

    /** Starts a run on the battery with its plan as of now; 409 if a run is already open. */
    @Transactional
    public RunView start(String battery, Depth depth, IntendedRoute route, String notes) {
        PackView view = passports.packView(battery);
        if (view.ceased()) {
            throw new ConflictException(
                    "the passport of battery "
                            + battery
                            + " has ceased (recycled): there is nothing left to disassemble");
        }
        long key = passports.batteryKey(battery);
        if (store.hasOpenRun(key)) {
            throw new ConflictException(
                    "battery "
                            + battery
                            + " already has an open run: "
                            + "complete it before starting another");
        }
        DisassemblyPlan plan = planner.plan(view, depth, route);
        Actor who = actor.get();

        UUID ref = UUID.randomUUID();
        long id =
                store.insertRun(
                        key,
                        ref,
                        battery,
                        view.model(),
                        depth.name(),
                        route.name(),
                        json.writeValueAsString(plan),
                        who.principal(),
                        who.organisation(),
                        notes);
        store.insertSteps(key, id, plan.steps().stream().map(RunStep::of).toList());
        log.info(
                "Run {} started on battery {} ({} steps, depth {}, route {}) by {}",
                ref,
                battery,
                plan.steps().size(),
                depth,
                route,
                who.principal());
        return run(ref);
    }

    /** Ticks the lock-out/tag-out checklist: every isolation prompt of the plan, confirmed. */
    @Transactional
    public RunView confirmLockout(UUID ref, LockoutConfirmation confirmation) {
        RunRow run = open(ref);
        if (run.lockoutAt() != null) {
            throw new ConflictException(
                    "the lock-out of run "
                            + ref
                            + " was already confirmed by "
                            + run.lockoutBy()
                            + " at "
                            + run.lockoutAt());
        }
        Map<String, String> prompts = prompts(run);
        checkChecklist(prompts, confirmation.items());
        lock(run, confirmation.version());

        String who = actor.get().principal();
        List<Map<String, Object>> checklist = new ArrayList<>();
        prompts.forEach(
                (key, text) -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("key", key);
                    item.put("text", text);
                    item.put("confirmed", true);
                    checklist.add(item);
                });
        store.confirmLockout(run, json.writeValueAsString(checklist), who);
        log.info("Lock-out of run {} confirmed by {}", ref, who);
        return run(ref);
    }

    /**
     * Records one attempt at a step. A DONE step's time and fastener failures go to learning at
     * once; an observed hazard that holds runs puts the run ON_HOLD.
     */
    @Transactional
    public RunView recordStep(UUID ref, int stepNo, StepRecord record) {
        RunRow run = require(ref);
        List<RunStep> steps = store.steps(run);
        RunStep step =
                steps.stream()
                        .filter(s -> s.number() == stepNo)
                        .findFirst()
                        .orElseThrow(
                                () -> new NotFoundException("step", stepNo + " of run " + ref));
        List<AttemptRow> attempts = store.attempts(run);
        RunGate.check(
                new RunGate.RunContext(
                        run.refText(), run.state(), run.holdReason(), run.lockoutAt() != null),
                step,
                record.result(),
                record.voltageVerified(),
                latest(attempts));
        Map<String, Boolean> hazards = store.hazards();
        validate(step, record, hazards);
        lock(run, record.version());

        String who = actor.get().principal();
        int attempt = store.insertAttempt(run, stepNo, record, who);
        List<String> holding = record.hazards().stream().filter(hazards::get).distinct().toList();
        if (!holding.isEmpty()) {
            String reason =
                    String.join(", ", holding)
                            + " observed at step "
                            + stepNo
                            + " ("
                            + step.key()
                            + ")";
            store.hold(run, stepNo, reason, who);
            log.warn("Run {} on battery {} put on hold: {}", ref, run.battery(), reason);
        }
        if (record.result() == StepResult.DONE) {
            teach(run, step, attempts, record, attempt);
        }
        return run(ref);
    }

    /** Releases a hold once the pack is safe again and voltage was verified again. */
    @Transactional
    public RunView releaseHold(UUID ref, HoldRelease release) {
        RunRow run = require(ref);
        if (run.state() != RunState.ON_HOLD) {
            throw new ConflictException("run " + ref + " is " + run.state() + ", not ON_HOLD");
        }
        if (!Boolean.TRUE.equals(release.voltageVerified())) {
            throw new InvalidInputException(
                    "voltageVerified",
                    "must be true",
                    "verify the absence of voltage again before work resumes (domain.md 2.3)");
        }
        lock(run, release.version());

        String who = actor.get().principal();
        store.release(run, who, release.note());
        log.info("Hold on run {} released by {}", ref, who);
        return run(ref);
    }

    /**
     * Closes the run with what it recovered and writes the results into the passport: module
     * conditions, and an end-of-life record when the route (or {@code outcome}) names one; a
     * recycling or cell-harvesting run makes the battery waste.
     */
    @Transactional
    public RunView complete(UUID ref, Completion completion) {
        RunRow run = open(ref);
        if (run.state() == RunState.ON_HOLD) {
            throw new ConflictException(
                    "run "
                            + ref
                            + " is ON_HOLD ("
                            + run.holdReason()
                            + "): release the hold before completing it");
        }
        PackView view = passports.packView(run.battery());
        checkModules(view, completion.modules());
        lock(run, completion.version());

        String who = actor.get().principal();
        store.complete(run, who, completion.notes());
        store.insertResults(run, completion);
        teachUnfinished(run);
        writeToPassport(run, view, completion);
        log.info("Run {} on battery {} completed by {}", ref, run.battery(), who);
        return run(ref);
    }

    public RunView run(UUID ref) {
        RunRow run = require(ref);
        Map<Integer, List<RunView.Attempt>> attempts = new HashMap<>();
        store.attempts(run)
                .forEach(
                        a ->
                                attempts.computeIfAbsent(a.stepNo(), n -> new ArrayList<>())
                                        .add(a.attempt()));
        List<RunView.Step> steps =
                store.steps(run).stream()
                        .map(
                                s -> {
                                    List<RunView.Attempt> tried =
                                            attempts.getOrDefault(s.number(), List.of());
                                    String status =
                                            tried.isEmpty()
                                                    ? "PENDING"
                                                    : tried.get(tried.size() - 1).result().name();
                                    return new RunView.Step(
                                            s.number(),
                                            s.key(),
                                            s.kind(),
                                            s.action(),
                                            s.highVoltage(),
                                            s.destructive(),
                                            s.safetyStep(),
                                            s.verifyVoltageAfter(),
                                            s.prerequisites(),
                                            s.fastenerClass(),
                                            s.fastenerCount(),
                                            s.plannedP50Min(),
                                            s.plannedP90Min(),
                                            status,
                                            tried);
                                })
                        .toList();
        boolean confirmed = run.lockoutAt() != null;
        List<RunView.Item> items =
                prompts(run).entrySet().stream()
                        .map(e -> new RunView.Item(e.getKey(), e.getValue(), confirmed))
                        .toList();
        return new RunView(
                run.ref(),
                run.battery(),
                run.model(),
                run.depth(),
                run.route(),
                run.state(),
                run.holdReason(),
                run.startedBy(),
                run.organisation(),
                run.startedAt(),
                new RunView.Lockout(items, confirmed, run.lockoutBy(), run.lockoutAt()),
                steps,
                store.holds(run),
                store.results(run),
                run.completedBy(),
                run.completedAt(),
                run.notes(),
                run.version());
    }

    /** The plan the run follows, exactly as it was when the run started (JSON). */
    public JsonNode plan(UUID ref) {
        return json.readTree(store.planSnapshot(require(ref)));
    }

    /**
     * Runs of one battery, or else the runs started by the caller's organisation; newest first, at
     * most 200.
     */
    public List<RunSummary> runs(String battery, RunState state) {
        String organisation = battery == null ? actor.get().organisation() : null;
        if (battery == null && organisation == null) {
            return List.of();
        }
        return store.list(battery, organisation, state, LIST_LIMIT);
    }

    /** The battery a run works on, for access rules; {@code null} if the run is unknown. */
    public String batteryOf(UUID ref) {
        return ref == null ? null : store.batteryOf(ref).orElse(null);
    }

    public List<Map<String, Object>> hazards() {
        return store.hazardTable();
    }

    // --- rules ---------------------------------------------------------------------------------

    private RunRow require(UUID ref) {
        return store.find(ref).orElseThrow(() -> new NotFoundException("disassembly run", ref));
    }

    private RunRow open(UUID ref) {
        RunRow run = require(ref);
        if (run.state().closed()) {
            throw new ConflictException(
                    "run " + ref + " is " + run.state() + " and takes no changes");
        }
        return run;
    }

    private void lock(RunRow run, int version) {
        if (run.version() != version || !store.bump(run, version)) {
            throw ConflictException.staleVersion("disassembly run", run.ref(), version);
        }
    }

    private Map<String, String> prompts(RunRow run) {
        Map<String, String> prompts = new LinkedHashMap<>();
        for (JsonNode prompt : json.readTree(store.isolationPrompts(run))) {
            prompts.put(prompt.path("key").asString(), prompt.path("text").asString());
        }
        return prompts;
    }

    private static void checkChecklist(
            Map<String, String> prompts, List<LockoutConfirmation.Item> items) {
        List<FieldViolation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            LockoutConfirmation.Item item = items.get(i);
            if (!prompts.containsKey(item.key())) {
                violations.add(
                        new FieldViolation(
                                "items[" + i + "].key",
                                "isolation prompt",
                                "'"
                                        + item.key()
                                        + "' is not an item of this run's lock-out checklist"));
            } else if (!seen.add(item.key())) {
                violations.add(
                        new FieldViolation(
                                "items[" + i + "].key",
                                "unique",
                                "'" + item.key() + "' is listed twice"));
            }
            if (!Boolean.TRUE.equals(item.confirmed())) {
                violations.add(
                        new FieldViolation(
                                "items[" + i + "].confirmed",
                                "must be true",
                                "'"
                                        + item.key()
                                        + "' is not ticked: the lock-out is confirmed only in full"));
            }
        }
        List<String> missing = prompts.keySet().stream().filter(k -> !seen.contains(k)).toList();
        if (!missing.isEmpty()) {
            violations.add(
                    new FieldViolation(
                            "items", "every isolation prompt", "the checklist misses " + missing));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static void validate(RunStep step, StepRecord r, Map<String, Boolean> hazards) {
        List<FieldViolation> violations = new ArrayList<>();
        if (r.result() != StepResult.SKIPPED && r.durationMinutes().signum() <= 0) {
            violations.add(
                    new FieldViolation(
                            "durationMinutes",
                            "above 0",
                            "a "
                                    + r.result()
                                    + " attempt took time: durationMinutes must be above 0"));
        }
        if (r.fastenerFailures() > step.fastenerCount()) {
            violations.add(
                    new FieldViolation(
                            "stripped",
                            "at most " + step.fastenerCount(),
                            "stripped + seized + broken = "
                                    + r.fastenerFailures()
                                    + " exceeds the "
                                    + step.fastenerCount()
                                    + " fastener(s) of step "
                                    + step.number()));
        }
        for (int i = 0; i < r.hazards().size(); i++) {
            if (!hazards.containsKey(r.hazards().get(i))) {
                violations.add(
                        new FieldViolation(
                                "hazards[" + i + "]",
                                "one of " + hazards.keySet(),
                                "'" + r.hazards().get(i) + "' is not a known hazard"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static void checkModules(PackView view, List<Completion.RecoveredModule> modules) {
        Set<String> serials = new HashSet<>();
        view.modules().forEach(m -> serials.add(m.serialNumber()));
        List<FieldViolation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < modules.size(); i++) {
            Completion.RecoveredModule m = modules.get(i);
            if (!serials.contains(m.serial())) {
                violations.add(
                        new FieldViolation(
                                "modules[" + i + "].serial",
                                "module of the battery",
                                "module '"
                                        + m.serial()
                                        + "' is not part of battery "
                                        + view.identifier()));
            } else if (!seen.add(m.serial())) {
                violations.add(
                        new FieldViolation(
                                "modules[" + i + "].serial",
                                "unique",
                                "module '" + m.serial() + "' is listed twice"));
            }
            if (!BENCH_CONDITIONS.contains(m.condition())) {
                violations.add(
                        new FieldViolation(
                                "modules[" + i + "].condition",
                                "one of " + BENCH_CONDITIONS,
                                "a module leaves the bench "
                                        + BENCH_CONDITIONS
                                        + ", not "
                                        + m.condition()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static Map<Integer, StepResult> latest(List<AttemptRow> attempts) {
        Map<Integer, StepResult> latest = new HashMap<>();
        attempts.forEach(a -> latest.put(a.stepNo(), a.attempt().result()));
        return latest;
    }

    // --- learning and passport -----------------------------------------------------------------

    /** The step's time over all its attempts, failures summed, first-attempt success. */
    private void teach(
            RunRow run, RunStep step, List<AttemptRow> earlier, StepRecord record, int attempt) {
        double minutes = record.durationMinutes().doubleValue();
        int stripped = record.strippedCount();
        int seized = record.seizedCount();
        int broken = record.brokenCount();
        for (AttemptRow a : earlier) {
            if (a.stepNo() == step.number()) {
                minutes += a.attempt().durationMinutes().doubleValue();
                stripped += a.attempt().stripped();
                seized += a.attempt().seized();
                broken += a.attempt().broken();
            }
        }
        learning.recordStepOutcome(
                outcome(
                        run,
                        step,
                        minutes,
                        attempt == 1,
                        stripped,
                        seized,
                        broken,
                        stripped + seized + broken));
    }

    /** Steps that ended FAILED are outcomes too: time spent, first attempt not successful. */
    private void teachUnfinished(RunRow run) {
        Map<Integer, List<RunView.Attempt>> byStep = new HashMap<>();
        store.attempts(run)
                .forEach(
                        a ->
                                byStep.computeIfAbsent(a.stepNo(), n -> new ArrayList<>())
                                        .add(a.attempt()));
        for (RunStep step : store.steps(run)) {
            List<RunView.Attempt> tried = byStep.getOrDefault(step.number(), List.of());
            if (tried.isEmpty() || tried.get(tried.size() - 1).result() != StepResult.FAILED) {
                continue;
            }
            double minutes =
                    tried.stream().mapToDouble(a -> a.durationMinutes().doubleValue()).sum();
            int stripped = tried.stream().mapToInt(RunView.Attempt::stripped).sum();
            int seized = tried.stream().mapToInt(RunView.Attempt::seized).sum();
            int broken = tried.stream().mapToInt(RunView.Attempt::broken).sum();
            learning.recordStepOutcome(
                    outcome(
                            run,
                            step,
                            minutes,
                            false,
                            stripped,
                            seized,
                            broken,
                            stripped + seized + broken));
        }
    }

    /**
     * Failures over several attempts can exceed the step's fastener count; the count of fasteners
     * handled is then raised to match, so that no failure is lost.
     */
    private static StepOutcome outcome(
            RunRow run,
            RunStep step,
            double minutes,
            boolean first,
            int stripped,
            int seized,
            int broken,
            int failures) {
        boolean fasteners = step.fastenerClass() != null && step.fastenerCount() > 0;
        int handled = fasteners ? Math.max(step.fastenerCount(), failures) : 0;
        return new StepOutcome(
                run.model(),
                step.key(),
                fasteners ? step.fastenerClass() : null,
                minutes,
                first,
                handled,
                fasteners ? stripped : 0,
                fasteners ? seized : 0,
                fasteners ? broken : 0,
                step.plannedP50Min() == null || step.plannedP50Min() <= 0
                        ? null
                        : step.plannedP50Min(),
                run.battery(),
                run.refText());
    }

    private void writeToPassport(RunRow run, PackView view, Completion c) {
        if (!c.modules().isEmpty()) {
            Map<String, ModuleCondition> conditions = new LinkedHashMap<>();
            c.modules().forEach(m -> conditions.put(m.serial(), m.condition()));
            passports.updateModuleConditions(run.battery(), conditions);
        }
        IntendedRoute route = IntendedRoute.valueOf(run.route());
        EndOfLifeRecord.Outcome outcome = c.outcome() != null ? c.outcome() : outcomeOf(route);
        if (outcome != null) {
            List<EndOfLifeRecord.RecoveredPart> parts = new ArrayList<>();
            c.modules()
                    .forEach(
                            m ->
                                    parts.add(
                                            new EndOfLifeRecord.RecoveredPart(
                                                    m.serial(),
                                                    null,
                                                    grade(m.condition()),
                                                    m.sohPct())));
            c.cells()
                    .forEach(
                            cells ->
                                    parts.add(
                                            new EndOfLifeRecord.RecoveredPart(
                                                    null,
                                                    cells.count(),
                                                    cells.grade(),
                                                    cells.sohPct())));
            passports.recordEndOfLife(
                    run.battery(),
                    new EndOfLifeRecord(
                            outcome,
                            c.process(),
                            "disassembly run " + run.ref(),
                            null,
                            c.materials(),
                            parts));
        }
        boolean dismantled =
                route == IntendedRoute.RECYCLING || route == IntendedRoute.CELL_HARVEST;
        if (dismantled && view.status() != BatteryStatus.WASTE) {
            passports.changeStatus(
                    run.battery(),
                    BatteryStatus.WASTE,
                    "dismantled in disassembly run " + run.ref());
        }
    }

    private static EndOfLifeRecord.Outcome outcomeOf(IntendedRoute route) {
        return switch (route) {
            case RECYCLING, CELL_HARVEST -> EndOfLifeRecord.Outcome.RECYCLED;
            case REMANUFACTURE -> EndOfLifeRecord.Outcome.REMANUFACTURED;
            case REPURPOSE -> EndOfLifeRecord.Outcome.REPURPOSED;
            case REPAIR, UNDECIDED -> null;
        };
    }

    /** A module's condition as a recovered part's grade; an unassessed module is recycle-only. */
    private static EndOfLifeRecord.Grade grade(ModuleCondition condition) {
        return switch (condition) {
            case REUSABLE -> EndOfLifeRecord.Grade.REUSABLE;
            case REPURPOSABLE -> EndOfLifeRecord.Grade.REPURPOSABLE;
            case DAMAGED -> EndOfLifeRecord.Grade.DAMAGED;
            default -> EndOfLifeRecord.Grade.RECYCLE_ONLY;
        };
    }
}
