package eu.dbp.planning;

import eu.dbp.learning.FastenerRisk;
import eu.dbp.learning.ModelKnowledge;
import eu.dbp.passport.ComponentKind;
import eu.dbp.passport.ConnectorType;
import eu.dbp.passport.Cooling;
import eu.dbp.passport.EventType;
import eu.dbp.passport.FastenerType;
import eu.dbp.passport.JointType;
import eu.dbp.passport.ModuleCondition;
import eu.dbp.passport.ModuleHousing;
import eu.dbp.passport.PackView;
import eu.dbp.passport.PackView.Component;
import eu.dbp.passport.PackView.Connector;
import eu.dbp.passport.PackView.Fastener;
import eu.dbp.passport.PackView.Joint;
import eu.dbp.passport.PackView.Module;
import eu.dbp.passport.VoltageClass;
import eu.dbp.planning.DisassemblyPlan.FastenerSpec;
import eu.dbp.planning.DisassemblyPlan.ForceLimits;
import eu.dbp.safety.IntendedRoute;
import eu.dbp.safety.SafetyAssessment;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Drafts the steps of one plan and the precedence between them.
 *
 * <p>Rules, in the order the phases run: quarantine (if the gate demands it); isolation, one step
 * per prompt in sequence; preparation (coolant drained and capped, refrigerant recovered,
 * discharge) after isolation; opening (lid, seal, removable housing parts) after preparation;
 * everything inside after the pack is open; module benches (cell depth) after each module is out.
 * Within and across those: a part is removed after every joint holding it or held by it is undone,
 * every connector on it is separated and every removed part attached to it is gone; joints on the
 * same part are undone in reverse assembly order.
 */
final class ProcedureDrafter {

    private static final Set<ComponentKind> STRING_PARTS =
            EnumSet.of(
                    ComponentKind.BUSBAR,
                    ComponentKind.HV_CABLE,
                    ComponentKind.FUSE,
                    ComponentKind.CONTACTOR_BOX,
                    ComponentKind.JUNCTION_BOX,
                    ComponentKind.CELL_GROUP);
    private static final Set<ComponentKind> HV_KINDS =
            EnumSet.of(
                    ComponentKind.BUSBAR,
                    ComponentKind.HV_CABLE,
                    ComponentKind.FUSE,
                    ComponentKind.CONTACTOR_BOX,
                    ComponentKind.JUNCTION_BOX,
                    ComponentKind.CELL_GROUP,
                    ComponentKind.MODULE,
                    ComponentKind.SERVICE_DISCONNECT);
    private static final Set<ModuleCondition> GONE =
            EnumSet.of(ModuleCondition.REPLACED, ModuleCondition.REMOVED, ModuleCondition.RECYCLED);

    private final PackView view;
    private final Depth depth;
    private final SafetyAssessment safety;
    private final ModelKnowledge knowledge;
    private final PlanningFigures figures;
    private final List<String> notes;
    private final PrecedenceGraph graph = new PrecedenceGraph();

    private final Map<String, Component> components = new LinkedHashMap<>();
    private final Map<String, Module> modules = new HashMap<>();
    private final Set<String> gone = new HashSet<>();
    private final Set<String> opening = new HashSet<>();
    private final Set<String> removed = new HashSet<>();
    private final Map<String, Integer> assemblyOrder = new HashMap<>();
    private final Map<String, StepDraft> removeSteps = new HashMap<>();
    private final Map<String, List<StepDraft>> releaseSteps = new HashMap<>();
    private final Set<String> keys = new HashSet<>();
    private final List<StepDraft> prepare = new ArrayList<>();
    private StepDraft isolated;
    private StepDraft discharge;

    ProcedureDrafter(
            PackView view,
            Depth depth,
            SafetyAssessment safety,
            ModelKnowledge knowledge,
            PlanningFigures figures,
            List<String> notes) {
        this.view = view;
        this.depth = depth;
        this.safety = safety;
        this.knowledge = knowledge;
        this.figures = figures;
        this.notes = notes;
    }

    PrecedenceGraph draft() {
        index();
        quarantineAndIsolation();
        preparation();
        List<StepDraft> open = new ArrayList<>();
        List<StepDraft> inside = new ArrayList<>();
        joints(open, inside);
        connectors(open, inside);
        removals(open, inside);
        cellToPack(inside);
        barriers(open, inside);
        if (depth == Depth.CELL) {
            moduleBenches();
        }
        return graph;
    }

    // ------------------------------------------------------------------------------------------
    // What is in the pack and what comes out

    private void index() {
        view.components().forEach(c -> components.put(c.ref(), c));
        for (Module m : view.modules()) {
            modules.put(m.componentRef(), m);
            if (GONE.contains(m.condition())) {
                gone.add(m.componentRef());
                notes.add(
                        "Module "
                                + m.componentRef()
                                + " (serial "
                                + m.serialNumber()
                                + ") is "
                                + m.condition()
                                + ": it is no longer in the pack and is skipped");
            }
        }
        for (PackView.JoiningStep s : view.joiningSequence()) {
            if (s.jointRef() != null) {
                assemblyOrder.put("J:" + s.jointRef(), s.sequenceNo());
            }
            if (s.connectorRef() != null) {
                assemblyOrder.put("C:" + s.connectorRef(), s.sequenceNo());
            }
        }
        Set<String> released = new HashSet<>();
        Set<String> carriers = new HashSet<>();
        Set<String> cellLevel = new HashSet<>();
        for (Joint j : view.joints()) {
            released.add(j.partRef());
            if (kind(j.partRef()) == ComponentKind.MODULE) {
                carriers.add(j.attachedToRef());
            }
            if (kind(j.attachedToRef()) == ComponentKind.CELL_GROUP) {
                cellLevel.add(j.partRef());
            }
        }
        for (Component c : view.components()) {
            if (c.kind() == ComponentKind.LID
                    || c.kind() == ComponentKind.SEAL
                    || c.kind() == ComponentKind.HOUSING && released.contains(c.ref())) {
                opening.add(c.ref());
            }
            if (c.kind() == ComponentKind.CELL_GROUP) {
                cellLevel.add(c.ref());
            }
        }
        for (Component c : view.components()) {
            boolean base = c.kind() == ComponentKind.HOUSING && !opening.contains(c.ref());
            boolean keep =
                    base
                            || c.kind() == ComponentKind.SERVICE_DISCONNECT
                            || gone.contains(c.ref())
                            || carriers.contains(c.ref()) && !opening.contains(c.ref())
                            || depth == Depth.MODULE && cellLevel.contains(c.ref());
            if (!keep) {
                removed.add(c.ref());
            }
        }
        if (view.pack().cellToPack() && depth == Depth.MODULE) {
            notes.add(
                    "Cell-to-pack design: there is no module level; the plan opens the pack and "
                            + "removes what covers the cells. Plan at CELL depth to separate the cells.");
        }
    }

    // ------------------------------------------------------------------------------------------
    // Quarantine, isolation, preparation

    private void quarantineAndIsolation() {
        StepDraft previous = null;
        if (safety.gate().quarantine()) {
            StepDraft q =
                    step(
                            "pack.quarantine",
                            StepKind.QUARANTINE,
                            StepDraft.QUARANTINE,
                            "Move the pack to the quarantine area (at least "
                                    + safety.gate().quarantineDistanceM()
                                    + " m from combustibles) and "
                                    + "observe it for "
                                    + safety.gate().observationHours()
                                    + " h before "
                                    + "any work: heat, smoke, odour, hissing, swelling");
            q.warnings.addAll(safety.thermalWatchFor());
            q.componentRef = null;
            previous = q;
        }
        for (SafetyAssessment.IsolationPrompt prompt : safety.isolation()) {
            StepDraft s =
                    step(prompt.key(), StepKind.ISOLATION, StepDraft.ISOLATION, prompt.text());
            s.highVoltage = safety.highVoltage();
            s.rank = graph.nodes().size();
            if (prompt.key().equals("isolate.service-disconnect")) {
                view.components().stream()
                        .filter(c -> c.kind() == ComponentKind.SERVICE_DISCONNECT)
                        .findFirst()
                        .ifPresent(
                                c -> {
                                    s.componentRef = c.ref();
                                    s.componentName = c.name();
                                });
                s.tools.add("insulating gloves");
            }
            if (prompt.key().equals("isolate.wait-capacitors")) {
                Integer seconds = view.pack().capacitorDischargeSeconds();
                s.fixedMinutes = seconds == null ? 5 : seconds / 60.0;
            }
            if (prompt.key().contains("detector")
                    || prompt.key().equals("isolate.verify-absence")) {
                s.tools.add("two-pole voltage detector rated for the pack voltage");
            }
            if (prompt.key().equals("isolate.lock-and-tag")) {
                s.tools.add("personal padlock and danger tag");
            }
            if (prompt.key().equals("isolate.cover-adjacent")) {
                s.tools.add("insulating sheets and covers");
            }
            s.after(previous);
            previous = s;
        }
        isolated = previous;
    }

    private void preparation() {
        Cooling cooling = view.pack().cooling();
        if (cooling == Cooling.LIQUID) {
            StepDraft s =
                    step(
                            "coolant.drain-and-cap",
                            StepKind.COOLANT,
                            StepDraft.PREPARE,
                            "Drain the "
                                    + nameOr(view.pack().coolant(), "coolant")
                                    + volume()
                                    + " into a closed container and cap every port "
                                    + "before the pack is opened");
            coolingComponent(s, ComponentKind.COOLANT_CIRCUIT);
            s.tools.add("coolant drain kit and catch tray");
            s.tools.add("port caps and plugs");
            s.warnings.add(
                    "Coolant must not reach the cells or HV parts: it conducts and corrodes");
            s.warnings.add("Glycol is harmful: collect it for disposal, wipe spills at once");
            prepare.add(s.after(isolated));
        } else if (cooling == Cooling.REFRIGERANT) {
            StepDraft s =
                    step(
                            "refrigerant.recover",
                            StepKind.COOLANT,
                            StepDraft.PREPARE,
                            "Have certified refrigerant staff recover the "
                                    + nameOr(view.pack().coolant(), "refrigerant")
                                    + " with a recovery unit, then cap the lines");
            s.priorKind = "REFRIGERANT";
            coolingComponent(s, ComponentKind.REFRIGERANT_CIRCUIT);
            s.tools.add("refrigerant recovery unit and certified cylinder");
            s.warnings.add(
                    "Only staff certified for refrigerant handling may open the circuit; "
                            + "never vent refrigerant");
            s.warnings.add("Refrigerant causes frostbite on contact: wear cold-resistant gloves");
            prepare.add(s.after(isolated));
        }
        SafetyAssessment.Discharge target = safety.gate().discharge();
        if (target.route() == IntendedRoute.RECYCLING) {
            discharge =
                    step(
                            "pack.discharge",
                            StepKind.DISCHARGE,
                            StepDraft.PREPARE,
                            target.instruction()
                                    + "; connect the discharge unit to the HV terminals "
                                    + "and supervise it");
            discharge.highVoltage = safety.highVoltage();
            discharge.tools.add("discharge unit (resistive or regenerative) rated for the pack");
            discharge.warnings.add(
                    "Discharge slowly: the energy leaves as heat; watch temperatures");
            prepare.add(discharge.after(isolated));
        } else if (!target.alreadyMet()) {
            StepDraft s =
                    step(
                            "pack.storage-soc",
                            StepKind.DISCHARGE,
                            StepDraft.PREPARE,
                            target.instruction());
            s.highVoltage = safety.highVoltage();
            s.tools.add("battery tester or discharge unit rated for the pack");
            prepare.add(s.after(isolated));
        }
    }

    // ------------------------------------------------------------------------------------------
    // Joints, connectors, removals

    private void joints(List<StepDraft> open, List<StepDraft> inside) {
        Map<String, List<StepDraft>> byPart = new HashMap<>();
        for (Joint j : view.joints()) {
            if (!relevant(j)) {
                continue;
            }
            boolean isOpening =
                    opening.contains(j.partRef()) || opening.contains(j.attachedToRef());
            StepDraft s = jointStep(j, isOpening ? StepDraft.OPEN : StepDraft.INSIDE);
            s.rank = -assemblyOrder.getOrDefault("J:" + j.ref(), 0);
            (isOpening ? open : inside).add(s);
            releaseSteps.computeIfAbsent(j.partRef(), k -> new ArrayList<>()).add(s);
            releaseSteps.computeIfAbsent(j.attachedToRef(), k -> new ArrayList<>()).add(s);
            byPart.computeIfAbsent(j.partRef(), k -> new ArrayList<>()).add(s);
            byPart.computeIfAbsent(j.attachedToRef(), k -> new ArrayList<>()).add(s);
        }
        // joints on the same part: undo in reverse assembly order, within one phase
        for (List<StepDraft> steps : byPart.values()) {
            List<StepDraft> sequenced =
                    steps.stream()
                            .filter(s -> s.rank < 0)
                            .sorted((a, b) -> Double.compare(a.rank, b.rank))
                            .toList();
            for (int i = 1; i < sequenced.size(); i++) {
                StepDraft later = sequenced.get(i);
                StepDraft earlier = sequenced.get(i - 1);
                if (later.phase == earlier.phase && later.rank != earlier.rank) {
                    later.after(earlier);
                }
            }
        }
    }

    private boolean relevant(Joint j) {
        if (gone.contains(j.partRef()) || gone.contains(j.attachedToRef())) {
            return false;
        }
        if (kind(j.partRef()) == ComponentKind.SERVICE_DISCONNECT) {
            return false;
        }
        return removed.contains(j.partRef()) || removed.contains(j.attachedToRef());
    }

    private StepDraft jointStep(Joint j, int phase) {
        Component part = components.get(j.partRef());
        Fastener fastener =
                j.fastenerRef() == null ? null : view.fastener(j.fastenerRef()).orElse(null);
        String partName = part == null ? j.partRef() : part.name();
        String from =
                components.containsKey(j.attachedToRef())
                        ? components.get(j.attachedToRef()).name()
                        : j.attachedToRef();
        boolean hv = touchesHighVoltage(j.partRef()) || touchesHighVoltage(j.attachedToRef());
        StepDraft s;
        switch (j.type()) {
            case BOLTED, SCREWED, CLIPPED ->
                    s = fastenedStep(j, fastener, partName, from, phase, hv);
            case WELDED, WIRE_BONDED -> {
                String what = j.type() == JointType.WELDED ? "welds" : "wire bonds";
                s =
                        step(
                                unique(
                                        partKey(j.partRef())
                                                + ".cut-"
                                                + (j.type() == JointType.WELDED
                                                        ? "welds"
                                                        : "bonds"),
                                        j),
                                StepKind.CUT,
                                phase,
                                "Cut the " + what + " joining " + partName + " to " + from);
                s.destructive = true;
                s.tools.add(
                        hv
                                ? "insulated cutting pliers or depth-limited cutter"
                                : "cutting pliers or depth-limited cutter");
                s.warnings.add(
                        "Sharp edges and loose conductive ends: insulate each cut end at "
                                + "once");
                s.warnings.add("Risk of damaging parts: keep the cut away from cell cans and tabs");
            }
            case SOLDERED -> {
                s =
                        step(
                                unique(partKey(j.partRef()) + ".desolder", j),
                                StepKind.CUT,
                                phase,
                                "Desolder " + partName + " from " + from);
                s.tools.add("temperature-controlled soldering station and desoldering braid");
                s.tools.add("fume extraction");
                s.warnings.add("Heat near cells: keep each joint under heat for seconds only");
            }
            case ADHESIVE -> {
                s =
                        step(
                                unique(partKey(j.partRef()) + ".separate-adhesive", j),
                                StepKind.SEPARATE,
                                phase,
                                "Separate the adhesive or sealant joint between "
                                        + partName
                                        + " and "
                                        + from);
                s.destructive = true;
                s.tools.add("plastic wedges and putty knife");
                s.tools.add("air chisel with depth guard or oscillating cutter");
                s.force =
                        new ForceLimits(
                                null,
                                figures.number("force.pry_max_n"),
                                figures.get("force.pry_max_n").source());
                s.warnings.add(
                        "Adhesive joint: risk of damaging parts; cut along the bond line, "
                                + "never lever against cells or the cooling plate");
            }
            default -> throw new IllegalStateException("Unhandled joint type " + j.type());
        }
        s.componentRef = j.partRef();
        s.componentName = partName;
        s.highVoltage = hv;
        s.verifyVoltageAfter =
                safety.highVoltage()
                        && hv
                        && isStringPart(j.partRef())
                        && s.kind != StepKind.SEPARATE;
        if (j.notes() != null && !j.notes().isBlank()) {
            s.warnings.add("Note from the passport: " + j.notes());
        }
        individualWarnings(s, j.partRef());
        return s;
    }

    private StepDraft fastenedStep(
            Joint j, Fastener f, String partName, String from, int phase, boolean hv) {
        String verb =
                j.type() == JointType.CLIPPED
                        ? "unclip"
                        : j.type() == JointType.BOLTED ? "unbolt" : "unscrew";
        String base = partKey(j.partRef());
        if (f == null) {
            StepDraft s =
                    step(
                            unique(base + "." + verb, j),
                            StepKind.UNFASTEN,
                            phase,
                            capitalise(verb) + " " + partName + " from " + from);
            if (j.type() == JointType.CLIPPED) {
                s.tools.add("plastic trim tool");
                s.force =
                        new ForceLimits(
                                null,
                                figures.number("force.clip_pull_max_n"),
                                figures.get("force.clip_pull_max_n").source());
            }
            return s;
        }
        FastenerSpec spec =
                new FastenerSpec(
                        f.fastenerClass(),
                        f.type(),
                        f.size(),
                        f.drive(),
                        f.count(),
                        f.torqueNm(),
                        f.angleDeg(),
                        f.singleUse(),
                        f.captive());
        FastenerRisk risk = knowledge.fastenerRisk(f.fastenerClass());
        StepDraft s;
        if (risk.preferDestructive()) {
            s =
                    step(
                            unique(base + ".drill-out", j),
                            StepKind.DRILL_OUT,
                            phase,
                            "Drill out or cut "
                                    + "the "
                                    + f.count()
                                    + " "
                                    + describe(f)
                                    + " holding "
                                    + partName
                                    + " to "
                                    + from
                                    + ": this fastener class "
                                    + risk.dominantFailure()
                                    + " in "
                                    + (risk.stripped() + risk.seized() + risk.broken())
                                    + " of "
                                    + risk.handled()
                                    + " earlier attempts ("
                                    + percent(risk.pAnyFailure())
                                    + " failure risk)");
            s.destructive = true;
            s.tools.add(
                    hv
                            ? "drill with depth stop and insulated chuck guard"
                            : "drill with depth stop");
            s.tools.add("screw extractor set");
            s.tools.add("cut-off tool for heads");
            s.tools.add("vacuum for chips");
            s.warnings.add(
                    "Metal chips conduct: cover live parts and cells before drilling and "
                            + "vacuum the chips");
            s.warnings.add("Risk of damaging parts: drill no deeper than the fastener");
            s.warnings.add(
                    "Sharp edges and hot chips: wear cut-resistant gloves over the "
                            + "insulating gloves only where no live part is in reach");
        } else {
            s =
                    step(
                            unique(base + "." + verb, j),
                            StepKind.UNFASTEN,
                            phase,
                            capitalise(verb)
                                    + " "
                                    + partName
                                    + " from "
                                    + from
                                    + ": "
                                    + f.count()
                                    + " x "
                                    + describe(f)
                                    + (f.location() == null ? "" : " (" + f.location() + ")"));
            s.tools.add(tool(f, hv));
            if (f.torqueNm() != null) {
                s.tools.add("torque wrench (to read the break-loose torque)");
                double factor = figures.number("force.break_loose_factor");
                s.force =
                        new ForceLimits(
                                f.torqueNm() * factor,
                                null,
                                "specified "
                                        + f.torqueNm()
                                        + " Nm x "
                                        + factor
                                        + ": "
                                        + figures.get("force.break_loose_factor").source());
            } else if (f.type() == FastenerType.CLIP) {
                s.force =
                        new ForceLimits(
                                null,
                                figures.number("force.clip_pull_max_n"),
                                figures.get("force.clip_pull_max_n").source());
            }
            if (risk.stripped() + risk.seized() + risk.broken() > 0) {
                s.warnings.add(
                        "This fastener class "
                                + risk.dominantFailure()
                                + " before ("
                                + percent(risk.pAnyFailure())
                                + " failure risk over "
                                + risk.handled()
                                + " fasteners): use a fresh bit, full engagement, no impact");
            }
        }
        s.fastener = spec;
        s.items = f.count();
        if (f.singleUse()) {
            s.warnings.add("Single-use fasteners: discard them and fit new ones on reassembly");
        }
        if (f.captive()) {
            s.warnings.add("Captive fasteners: loosen fully, do not pull them out of the part");
        }
        if (view.hasEvent(EventType.WATER_EXPOSURE)) {
            s.warnings.add("Water exposure recorded: expect corroded, seizing fasteners");
        }
        return s;
    }

    private void connectors(List<StepDraft> open, List<StepDraft> inside) {
        for (Connector c : view.connectors()) {
            if (c.type() == ConnectorType.SERVICE_DISCONNECT) {
                continue;
            }
            boolean onRemoved =
                    removed.contains(c.partRef())
                            || c.matesWithRef() != null && removed.contains(c.matesWithRef());
            if (!onRemoved || gone.contains(c.partRef()) || gone.contains(c.matesWithRef())) {
                continue;
            }
            boolean hv =
                    c.voltageClass() == VoltageClass.HV
                            || touchesHighVoltage(c.partRef()) && c.type() == ConnectorType.HV_MAIN;
            boolean exterior =
                    opening.contains(c.partRef())
                            || c.matesWithRef() != null && opening.contains(c.matesWithRef());
            StepDraft s =
                    step(
                            "connector." + c.ref() + ".disconnect",
                            StepKind.DISCONNECT,
                            exterior ? StepDraft.OPEN : StepDraft.INSIDE,
                            "Disconnect the "
                                    + c.type().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                                    + " connector "
                                    + c.ref()
                                    + " on "
                                    + name(c.partRef())
                                    + (c.matesWithRef() == null
                                            ? ""
                                            : " from " + name(c.matesWithRef())));
            s.componentRef = c.partRef();
            s.componentName = name(c.partRef());
            s.highVoltage = hv && safety.highVoltage();
            s.verifyVoltageAfter = s.highVoltage;
            s.rank = -assemblyOrder.getOrDefault("C:" + c.ref(), 0);
            s.tools.add(
                    s.highVoltage ? "insulated connector release tool" : "connector release tool");
            if (c.type() == ConnectorType.COOLANT_COUPLING) {
                s.warnings.add("Residual coolant: hold a catch tray under the coupling and cap it");
            }
            if (c.type() == ConnectorType.HV_INTERLOCK) {
                s.warnings.add("Interlock loop: opening it does not make the pack dead");
            }
            (exterior ? open : inside).add(s);
            releaseSteps.computeIfAbsent(c.partRef(), k -> new ArrayList<>()).add(s);
            if (c.matesWithRef() != null) {
                releaseSteps.computeIfAbsent(c.matesWithRef(), k -> new ArrayList<>()).add(s);
            }
        }
    }

    private void removals(List<StepDraft> open, List<StepDraft> inside) {
        double liftingKg = figures.number("lifting.mass_kg");
        for (Component c : view.components()) {
            if (!removed.contains(c.ref())) {
                continue;
            }
            boolean isOpening = opening.contains(c.ref());
            Module module = modules.get(c.ref());
            StepDraft s =
                    step(
                            partKey(c.ref()) + ".remove",
                            StepKind.REMOVE,
                            isOpening ? StepDraft.OPEN : StepDraft.INSIDE,
                            "Remove "
                                    + c.name()
                                    + (c.location() == null ? "" : " (" + c.location() + ")")
                                    + (module == null ? "" : ", serial " + module.serialNumber()));
            s.componentRef = c.ref();
            s.componentName = c.name();
            s.highVoltage = isOpening ? safety.highVoltage() : touchesHighVoltage(c.ref());
            s.heavy = c.massKg() != null && c.massKg() > liftingKg;
            s.rank = 1_000_000 + (module == null ? 0 : module.position());
            if (s.heavy) {
                s.tools.add("lifting equipment rated for " + Math.round(c.massKg()) + " kg");
            }
            if (isOpening) {
                s.warnings.add(
                        "Opening exposes live parts: cover them with insulating sheets as "
                                + "soon as they are in reach");
                if (c.kind() == ComponentKind.LID) {
                    s.rank = 2_000_000;
                }
            }
            if (module != null) {
                s.tools.add(s.highVoltage ? "insulated module lifting handles" : "module handles");
                s.tools.add("terminal caps");
                s.warnings.add("Cap the module terminals as soon as it is free");
            }
            s.afterAll(releaseSteps.getOrDefault(c.ref(), List.of()));
            individualWarnings(s, c.ref());
            removeSteps.put(c.ref(), s);
            (isOpening ? open : inside).add(s);
        }
        // a removed part attached to another removed part goes first
        for (Joint j : view.joints()) {
            StepDraft part = removeSteps.get(j.partRef());
            StepDraft carrier = removeSteps.get(j.attachedToRef());
            if (part != null && carrier != null && part.phase <= carrier.phase) {
                carrier.after(part);
            }
        }
    }

    private void cellToPack(List<StepDraft> inside) {
        boolean cellGroups =
                view.components().stream()
                        .anyMatch(
                                c ->
                                        c.kind() == ComponentKind.CELL_GROUP
                                                && removed.contains(c.ref()));
        if (!view.pack().cellToPack() || depth != Depth.CELL || cellGroups) {
            return;
        }
        StepDraft separate =
                step(
                        "cells.separate",
                        StepKind.SEPARATE_CELLS,
                        StepDraft.INSIDE,
                        "Separate the "
                                + view.cellCount()
                                + " cells from the tray and from each other");
        separate.items = view.cellCount();
        separate.destructive = true;
        separate.highVoltage = safety.highVoltage();
        separate.verifyVoltageAfter = safety.highVoltage();
        separate.rank = 3_000_000;
        separate.tools.add("plastic wedges, heated blade or wire saw for the adhesive");
        separate.warnings.add(
                "Cell-to-pack bonding: separation is destructive and may damage cells; "
                        + "never lever against a cell can");
        separate.afterAll(new ArrayList<>(inside));
        StepDraft extract =
                step(
                        "cells.extract",
                        StepKind.EXTRACT_CELLS,
                        StepDraft.INSIDE,
                        "Extract the "
                                + view.cellCount()
                                + " cells, cap their terminals and sort them by "
                                + "condition");
        extract.items = view.cellCount();
        extract.rank = 3_000_001;
        extract.tools.add("terminal caps and insulated trays");
        extract.after(separate);
        inside.add(separate);
        inside.add(extract);
    }

    private void barriers(List<StepDraft> open, List<StepDraft> inside) {
        List<StepDraft> gate = prepare.isEmpty() ? listOf(isolated) : prepare;
        for (StepDraft s : open) {
            s.afterAll(gate);
        }
        List<StepDraft> opened =
                open.stream()
                        .filter(s -> s.kind == StepKind.REMOVE && opening.contains(s.componentRef))
                        .toList();
        for (StepDraft s : inside) {
            s.afterAll(opened.isEmpty() ? gate : opened);
        }
        if (discharge != null) {
            for (StepDraft s : graph.nodes()) {
                if (s.destructive) {
                    s.after(discharge);
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // Cell depth: each module on the bench

    private void moduleBenches() {
        for (Module m : view.modules()) {
            StepDraft removedModule = removeSteps.get(m.componentRef());
            if (removedModule == null) {
                continue;
            }
            String key = partKey(m.componentRef());
            boolean hv =
                    safety.highVoltage() && m.nominalVoltageV() > safety.highVoltageThresholdV();
            StepDraft last = removedModule;
            StepDraft open = openModule(m, key, hv);
            if (open != null) {
                last = bench(open, m, hv).after(last);
            }
            StepDraft separate = bench(separateCells(m, key, hv), m, hv).after(last);
            StepDraft extract =
                    bench(
                                    step(
                                            key + ".extract-cells",
                                            StepKind.EXTRACT_CELLS,
                                            StepDraft.BENCH,
                                            "Extract the "
                                                    + m.cellCount()
                                                    + " cells of module "
                                                    + m.componentRef()
                                                    + ", cap their terminals and sort them by condition"),
                                    m,
                                    hv)
                            .after(separate);
            extract.items = m.cellCount();
            extract.tools.add("terminal caps and insulated trays");
            if (discharge != null) {
                separate.after(discharge);
            }
        }
    }

    private StepDraft bench(StepDraft s, Module m, boolean hv) {
        s.componentRef = m.componentRef();
        s.componentName = name(m.componentRef());
        s.highVoltage = hv;
        s.rank = m.position();
        if (!hv) {
            s.warnings.add(
                    "Module below 60 V but able to short-circuit: insulated tools, no "
                            + "jewellery, cap exposed terminals");
        }
        individualWarnings(s, m.componentRef());
        return s;
    }

    private StepDraft openModule(Module m, String key, boolean hv) {
        ModuleHousing housing = m.housing();
        return switch (housing) {
            case OPEN_FRAME -> null;
            case BOLTED_CASE -> {
                StepDraft s =
                        step(
                                key + ".open-case",
                                StepKind.OPEN_MODULE,
                                StepDraft.BENCH,
                                "Unbolt and open the case of module " + m.componentRef());
                s.tools.add(hv ? "insulated socket set" : "socket set");
                yield s;
            }
            case PLASTIC_CASE -> {
                StepDraft s =
                        step(
                                key + ".open-case",
                                StepKind.OPEN_MODULE,
                                StepDraft.BENCH,
                                "Release the screws and clips of the plastic case of module "
                                        + m.componentRef());
                s.tools.add("screwdriver set and plastic trim tool");
                s.force =
                        new ForceLimits(
                                null,
                                figures.number("force.clip_pull_max_n"),
                                figures.get("force.clip_pull_max_n").source());
                yield s;
            }
            case WELDED_CASE -> {
                StepDraft s =
                        step(
                                key + ".cut-case",
                                StepKind.OPEN_MODULE,
                                StepDraft.BENCH,
                                "Cut the welded case of module "
                                        + m.componentRef()
                                        + " open along the "
                                        + "seam");
                s.destructive = true;
                s.tools.add("depth-limited cutter or milling guide");
                s.warnings.add(
                        "Welded case: cutting is destructive; set the depth so the blade "
                                + "cannot reach cells or tabs");
                s.warnings.add("Sharp edges on the cut case");
                yield s;
            }
            case POTTED -> {
                StepDraft s =
                        step(
                                key + ".remove-potting",
                                StepKind.OPEN_MODULE,
                                StepDraft.BENCH,
                                "Remove the potting compound of module " + m.componentRef());
                s.destructive = true;
                s.tools.add("plastic scrapers and heat gun");
                s.warnings.add(
                        "Potted module: cells are rarely recovered undamaged; consider "
                                + "sending the module to recycling whole");
                yield s;
            }
        };
    }

    private StepDraft separateCells(Module m, String key, boolean hv) {
        JointType joining = m.cellJoining();
        String verb =
                switch (joining) {
                    case WELDED -> "cut-welds";
                    case WIRE_BONDED -> "cut-bonds";
                    case BOLTED, SCREWED -> "unbolt-terminals";
                    case ADHESIVE -> "separate-adhesive";
                    case CLIPPED -> "unclip";
                    case SOLDERED -> "desolder";
                };
        StepDraft s =
                step(
                        key + ".cells." + verb,
                        StepKind.SEPARATE_CELLS,
                        StepDraft.BENCH,
                        "Separate the "
                                + m.cellCount()
                                + " cells of module "
                                + m.componentRef()
                                + " ("
                                + joining.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                                + ")");
        s.items = m.cellCount();
        s.verifyVoltageAfter = true;
        switch (joining) {
            case WELDED -> {
                s.destructive = true;
                s.tools.add("spot-weld cutter or side cutters for nickel strips");
                s.warnings.add(
                        "Cut strips one cell group at a time and insulate each cut end: a "
                                + "loose strip can short a cell group");
                s.warnings.add("Sharp edges on cut strips and tabs");
            }
            case WIRE_BONDED -> {
                s.destructive = true;
                s.tools.add("flush cutters for wire bonds");
                s.warnings.add(
                        "Neighbouring cell groups can have opposite polarity: cut one bond "
                                + "at a time");
            }
            case ADHESIVE -> {
                s.destructive = true;
                s.tools.add("plastic wedges and heated blade");
                s.warnings.add("Adhesive: risk of damaging cells; never lever against a cell can");
            }
            case SOLDERED -> s.tools.add("temperature-controlled soldering station");
            default -> s.tools.add(hv ? "insulated socket set" : "socket set");
        }
        return s;
    }

    // ------------------------------------------------------------------------------------------
    // The individual pack: repairs, damage, events

    private void individualWarnings(StepDraft s, String ref) {
        Module module = modules.get(ref);
        if (module != null) {
            for (PackView.ReplacedPart part : view.replacedParts()) {
                if (module.serialNumber().equals(part.installedModuleSerial())) {
                    s.warnings.add(
                            "Replacement module fitted in service"
                                    + (part.replacedAt() == null
                                            ? ""
                                            : " on "
                                                    + part.replacedAt().toString().substring(0, 10))
                                    + " ("
                                    + part.reason()
                                    + "): fixings may differ from the design and "
                                    + "single-use fasteners may have been reused; its state of health "
                                    + "may not match its neighbours");
                }
            }
            if (module.condition() == ModuleCondition.DAMAGED) {
                s.warnings.add(
                        "Module recorded as DAMAGED: handle as a damaged battery, no "
                                + "prying, watch for heat and odour");
            }
        }
        boolean inPack = kind(ref) == ComponentKind.MODULE || kind(ref) == ComponentKind.CELL_GROUP;
        if (inPack && view.hasEvent(EventType.SWELLING)) {
            s.warnings.add(
                    "Swelling recorded: do not compress, puncture or pry swollen cells; the "
                            + "module may be wedged in place");
        }
        if (opening.contains(ref) && view.hasEvent(EventType.ACCIDENT)) {
            s.warnings.add(
                    "Accident recorded: the housing may be deformed and parts under tension");
        }
    }

    // ------------------------------------------------------------------------------------------
    // Helpers

    List<String> ppeFor(StepDraft d) {
        if (d.highVoltage) {
            return safety.ppe().items();
        }
        List<String> ppe = new ArrayList<>();
        ppe.add("Safety glasses and safety footwear");
        if (d.destructive) {
            ppe.add("Cut-resistant gloves");
        }
        if (safety.ppe().respirator() && d.phase >= StepDraft.OPEN) {
            ppe.add(safety.ppe().items().get(safety.ppe().items().size() - 1));
        }
        return ppe;
    }

    private StepDraft step(String key, StepKind kind, int phase, String action) {
        StepDraft s = new StepDraft(key, kind, phase, action);
        keys.add(key);
        return graph.add(s);
    }

    private String unique(String key, Joint j) {
        return keys.contains(key) ? key + "-" + j.ref() : key;
    }

    private String partKey(String ref) {
        if (kind(ref) == ComponentKind.MODULE) {
            return "module." + ref;
        }
        return ref.toLowerCase(Locale.ROOT);
    }

    private ComponentKind kind(String ref) {
        Component c = ref == null ? null : components.get(ref);
        return c == null ? null : c.kind();
    }

    private String name(String ref) {
        Component c = components.get(ref);
        return c == null ? ref : c.name();
    }

    private boolean touchesHighVoltage(String ref) {
        if (!safety.highVoltage()) {
            return false;
        }
        Component c = components.get(ref);
        return c != null && (c.highVoltage() || HV_KINDS.contains(c.kind()));
    }

    private boolean isStringPart(String ref) {
        ComponentKind kind = kind(ref);
        return kind != null && STRING_PARTS.contains(kind);
    }

    private void coolingComponent(StepDraft s, ComponentKind kind) {
        view.components().stream()
                .filter(c -> c.kind() == kind)
                .findFirst()
                .ifPresent(
                        c -> {
                            s.componentRef = c.ref();
                            s.componentName = c.name();
                        });
    }

    private String volume() {
        Double litres = view.pack().coolantVolumeL();
        return litres == null ? "" : " (about " + litres + " L)";
    }

    private static String describe(Fastener f) {
        StringBuilder text = new StringBuilder();
        if (f.size() != null) {
            text.append(f.size()).append(' ');
        }
        if (f.drive() != null && f.drive() != eu.dbp.passport.Drive.NONE) {
            text.append(f.drive().name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(' ');
        }
        text.append(f.type().name().toLowerCase(Locale.ROOT).replace('_', ' ')).append('s');
        if (f.torqueNm() != null) {
            text.append(", ").append(f.torqueNm()).append(" Nm");
            if (f.angleDeg() != null) {
                text.append(" + ").append(f.angleDeg()).append(" deg");
            }
        }
        return text.toString();
    }

    private static String tool(Fastener f, boolean hv) {
        String insulated = hv ? "insulated " : "";
        String size = f.size() == null ? "" : f.size() + " ";
        if (f.drive() == null || f.drive() == eu.dbp.passport.Drive.NONE) {
            return switch (f.type()) {
                case CLIP -> "plastic trim tool";
                case CABLE_TIE -> "side cutters";
                case RIVET -> "drill and rivet remover";
                default -> insulated + "spanner " + size.trim();
            };
        }
        return switch (f.drive()) {
            case HEX -> insulated + size + "socket and ratchet";
            case TORX -> insulated + "Torx " + size.trim() + " driver";
            case PHILLIPS -> insulated + "Phillips " + size.trim() + " screwdriver";
            case POZIDRIV -> insulated + "Pozidriv " + size.trim() + " screwdriver";
            case SLOTTED -> insulated + "flat screwdriver " + size.trim();
            case HEX_SOCKET -> insulated + size + "hex key";
            case NONE -> "hand tools";
        };
    }

    private static String nameOr(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String percent(double p) {
        return Math.round(p * 100) + " %";
    }

    private static List<StepDraft> listOf(StepDraft s) {
        List<StepDraft> list = new ArrayList<>();
        if (s != null) {
            list.add(s);
        }
        return list;
    }
}
