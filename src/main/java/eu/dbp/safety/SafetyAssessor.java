package eu.dbp.safety;

import eu.dbp.passport.Cooling;
import eu.dbp.passport.EventType;
import eu.dbp.passport.ModuleCondition;
import eu.dbp.passport.PackView;
import eu.dbp.safety.SafetyAssessment.Discharge;
import eu.dbp.safety.SafetyAssessment.Finding;
import eu.dbp.safety.SafetyAssessment.Gate;
import eu.dbp.safety.SafetyAssessment.IsolationPrompt;
import eu.dbp.safety.SafetyAssessment.Ppe;
import eu.dbp.safety.SafetyThresholds.Threshold;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Assesses the hazards of one pack from its passport view: a pure function of the view, the
 * intended route and the {@link SafetyThresholds}; no database, no clock.
 *
 * <p>A pack can never be made dead. Isolation separates it from external circuits only, so the
 * prompts never ask to earth or short-circuit it, and work inside is treated as live work.
 */
public final class SafetyAssessor {

    private final SafetyThresholds thresholds;

    public SafetyAssessor(SafetyThresholds thresholds) {
        this.thresholds = thresholds;
    }

    public static SafetyAssessor standard() {
        return new SafetyAssessor(SafetyThresholds.standard());
    }

    public SafetyAssessment assess(PackView view) {
        return assess(view, IntendedRoute.UNDECIDED);
    }

    public SafetyAssessment assess(PackView view, IntendedRoute route) {
        Threshold hvThreshold = thresholds.get("hv.dc_threshold_v");
        boolean highVoltage = view.maxVoltageV() > hvThreshold.number();
        Set<EventType> events =
                view.events().stream()
                        .map(PackView.Event::type)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(EventType.class)));
        boolean moduleDamaged =
                view.modules().stream().anyMatch(m -> m.condition() == ModuleCondition.DAMAGED);
        boolean damaged = moduleDamaged || intersects(events, "events.damaged");
        boolean cellsDamaged = intersects(events, "events.cells_damaged");
        boolean quarantine = intersects(events, "events.quarantine");

        List<Finding> findings = new ArrayList<>();
        voltage(view, highVoltage, hvThreshold, findings);
        double storedEnergy = storedEnergy(view, findings);
        chemistry(view, findings);
        cooling(view, findings);
        mass(view, findings);
        events(view, findings);
        measurements(view, events, findings);
        if (moduleDamaged) {
            findings.add(
                    new Finding(
                            "MODULE_DAMAGED",
                            RiskLevel.HIGH,
                            "a module is recorded as DAMAGED",
                            "any damaged module",
                            thresholds.get("events.damaged").source()));
        }
        RiskLevel level =
                findings.stream().map(Finding::level).reduce(RiskLevel.LOW, RiskLevel::max);

        Gate gate = gate(view, route, highVoltage, damaged, quarantine);
        return new SafetyAssessment(
                view.identifier(),
                level,
                highVoltage,
                hvThreshold.number(),
                view.maxVoltageV(),
                storedEnergy,
                findings,
                gate,
                isolation(view, highVoltage, gate),
                ppe(view, highVoltage, cellsDamaged),
                thermalWatchFor(),
                thermalResponse(),
                warnings(view, highVoltage, cellsDamaged));
    }

    private void voltage(PackView view, boolean highVoltage, Threshold hv, List<Finding> findings) {
        String fact = "maximum pack voltage " + format(view.maxVoltageV()) + " V DC";
        if (highVoltage) {
            findings.add(
                    new Finding(
                            "HIGH_VOLTAGE",
                            RiskLevel.ELEVATED,
                            fact,
                            "> " + hv.value() + " V DC",
                            hv.source()));
        } else {
            findings.add(
                    new Finding(
                            "SHORT_CIRCUIT",
                            RiskLevel.LOW,
                            fact
                                    + " (not high voltage, but "
                                    + view.cellCount()
                                    + " cells can deliver a "
                                    + "short-circuit current that welds tools and starts a fire)",
                            "<= " + hv.value() + " V DC",
                            hv.source()));
        }
    }

    private double storedEnergy(PackView view, List<Finding> findings) {
        Double soc = view.latest() == null ? null : view.latest().socPct();
        Threshold assumed = thresholds.get("stored_energy.assumed_soc_pct");
        double socPct = soc == null ? assumed.number() : soc;
        double stored = view.ratedEnergyKwh() * socPct / 100.0;
        Threshold large = thresholds.get("stored_energy.large_kwh");
        String socText =
                soc == null
                        ? "unknown SoC taken as " + assumed.value() + " %"
                        : "SoC " + format(soc) + " %";
        if (stored > large.number()) {
            findings.add(
                    new Finding(
                            "STORED_ENERGY",
                            RiskLevel.ELEVATED,
                            "about "
                                    + format(stored)
                                    + " kWh stored ("
                                    + format(view.ratedEnergyKwh())
                                    + " kWh rated, "
                                    + socText
                                    + ")",
                            "> " + large.value() + " kWh",
                            large.source()));
        }
        return stored;
    }

    private void chemistry(PackView view, List<Finding> findings) {
        Threshold oxides = thresholds.get("chemistry.layered_oxide");
        if (oxides.list().contains(view.chemistry().name())) {
            findings.add(
                    new Finding(
                            "CHEMISTRY",
                            RiskLevel.LOW,
                            view.chemistry()
                                    + " cathode releases oxygen in thermal runaway: fast, intense fire",
                            "cathode in " + oxides.value(),
                            oxides.source()));
        }
    }

    private void cooling(PackView view, List<Finding> findings) {
        Cooling cooling = view.pack().cooling();
        if (cooling == Cooling.LIQUID) {
            findings.add(
                    new Finding(
                            "COOLANT",
                            RiskLevel.LOW,
                            "liquid cooling with "
                                    + view.pack().coolant()
                                    + ": drain and cap before the pack is opened",
                            "cooling = LIQUID",
                            "domain.md 2.8: coolant drained and capped before opening"));
        } else if (cooling == Cooling.REFRIGERANT) {
            findings.add(
                    new Finding(
                            "REFRIGERANT",
                            RiskLevel.ELEVATED,
                            "refrigerant circuit ("
                                    + view.pack().coolant()
                                    + "): recovery by certified staff before opening",
                            "cooling = REFRIGERANT",
                            "domain.md 2.8: refrigerant recovery by certified personnel [M]"));
        }
    }

    private void mass(PackView view, List<Finding> findings) {
        Threshold lifting = thresholds.get("mass.lifting_kg");
        if (view.massKg() > lifting.number()) {
            findings.add(
                    new Finding(
                            "MASS",
                            RiskLevel.ELEVATED,
                            "pack mass "
                                    + format(view.massKg())
                                    + " kg: lifting equipment and a load-rated table",
                            "> " + lifting.value() + " kg",
                            lifting.source()));
        }
    }

    private void events(PackView view, List<Finding> findings) {
        for (PackView.Event event : view.events()) {
            Threshold rule = thresholds.get("events.level." + event.type().name());
            RiskLevel level = RiskLevel.valueOf(rule.value());
            if (event.severity() == eu.dbp.passport.Severity.CRITICAL) {
                level = RiskLevel.CRITICAL;
            }
            StringBuilder fact =
                    new StringBuilder(event.type().name())
                            .append(" event (")
                            .append(event.severity())
                            .append(')');
            if (event.occurredAt() != null) {
                fact.append(" on ").append(event.occurredAt().toString(), 0, 10);
            }
            if (event.durationMin() != null) {
                fact.append(", ").append(event.durationMin()).append(" min");
            }
            if (event.measuredValue() != null) {
                fact.append(", ")
                        .append(format(event.measuredValue()))
                        .append(' ')
                        .append(event.unit() == null ? "" : event.unit());
            }
            if (event.description() != null) {
                fact.append(": ").append(event.description());
            }
            findings.add(
                    new Finding(
                            event.type().name(),
                            level,
                            fact.toString(),
                            "any " + event.type().name() + " event",
                            rule.source()));
        }
    }

    private void measurements(PackView view, Set<EventType> events, List<Finding> findings) {
        PackView.Sox sox = view.latest();
        if (sox == null) {
            return;
        }
        Threshold spread = thresholds.get("cell_spread.high_v");
        sox.cellVoltageSpreadV()
                .filter(v -> v > spread.number())
                .filter(v -> !events.contains(EventType.CELL_VOLTAGE_SPREAD))
                .ifPresent(
                        v ->
                                findings.add(
                                        new Finding(
                                                "CELL_VOLTAGE_SPREAD",
                                                RiskLevel.HIGH,
                                                "latest cell-voltage spread "
                                                        + format(v * 1000)
                                                        + " mV",
                                                "> " + spread.value() + " V",
                                                spread.source())));
        Threshold hot = thresholds.get("temperature.max_seen_c");
        if (sox.maxTemperatureC() != null
                && sox.maxTemperatureC() > hot.number()
                && !events.contains(EventType.OVERHEATING)) {
            findings.add(
                    new Finding(
                            "OVERHEATING",
                            RiskLevel.HIGH,
                            "highest recorded temperature " + format(sox.maxTemperatureC()) + " C",
                            "> " + hot.value() + " C",
                            hot.source()));
        }
    }

    private Gate gate(
            PackView view,
            IntendedRoute route,
            boolean highVoltage,
            boolean damaged,
            boolean quarantine) {
        List<String> conditions = new ArrayList<>();
        Integer hours = null;
        Integer distance = null;
        if (quarantine) {
            hours = (int) thresholds.number("quarantine.observation_h");
            distance = (int) thresholds.number("quarantine.distance_m");
            conditions.add(
                    "Quarantine: keep the pack in a fire-separated quarantine area (at least "
                            + distance
                            + " m from combustibles) and observe it for "
                            + hours
                            + " h for heat, smoke, odour, hissing or swelling before any work");
        }
        boolean liveWork = highVoltage && damaged;
        Qualification hvWork =
                !highVoltage
                        ? Qualification.ONE_S
                        : damaged ? Qualification.THREE_S : Qualification.TWO_S;
        Qualification otherWork =
                damaged && highVoltage ? Qualification.TWO_S : Qualification.ONE_S;
        if (liveWork) {
            conditions.add(
                    "Damaged high-voltage pack: all high-voltage work is live work by a 3S "
                            + "high-voltage expert (DGUV 209-093)");
        } else if (highVoltage) {
            conditions.add(
                    "High-voltage work by a 2S high-voltage expert; inside the pack treat every"
                            + " part as live (the pack cannot be de-energised)");
        }
        Discharge discharge = discharge(view, route);
        conditions.add(discharge.instruction());
        boolean lifting = view.massKg() > thresholds.number("mass.lifting_kg");
        if (lifting) {
            conditions.add("Lift with rated lifting equipment onto a load-rated, insulated table");
        }
        boolean drain = view.pack().cooling() == Cooling.LIQUID;
        if (drain) {
            conditions.add("Drain the coolant and cap the ports before the pack is opened");
        }
        boolean refrigerant = view.pack().cooling() == Cooling.REFRIGERANT;
        if (refrigerant) {
            conditions.add("Refrigerant recovered by certified staff before the pack is opened");
        }
        return new Gate(
                quarantine,
                hours,
                distance,
                liveWork,
                hvWork,
                otherWork,
                discharge,
                lifting,
                drain,
                refrigerant,
                conditions);
    }

    private Discharge discharge(PackView view, IntendedRoute route) {
        Double soc = view.latest() == null ? null : view.latest().socPct();
        if (route == IntendedRoute.RECYCLING) {
            Threshold target = thresholds.get("discharge.recycling_target_v_per_cell");
            return new Discharge(
                    route,
                    true,
                    0.0,
                    target.number(),
                    false,
                    "Recycling route: discharge slowly to "
                            + target.value()
                            + " V per cell (resistive load) before any destructive step",
                    target.source());
        }
        Threshold storage = thresholds.get("discharge.storage_soc_max_pct");
        boolean met = soc != null && soc <= storage.number();
        String known = soc == null ? "SoC unknown: measure it" : "SoC " + format(soc) + " %";
        return new Discharge(
                route,
                false,
                storage.number(),
                null,
                met,
                "Transport/storage state of charge at most "
                        + storage.value()
                        + " % ("
                        + known
                        + "); do not deep-discharge: the cells may have another life",
                storage.source());
    }

    private List<IsolationPrompt> isolation(PackView view, boolean highVoltage, Gate gate) {
        List<IsolationPrompt> prompts = new ArrayList<>();
        Qualification q = gate.hvWorkQualification();
        if (!highVoltage) {
            prompts.add(
                    new IsolationPrompt(
                            "isolate.disconnect-charger",
                            "Disconnect the charger and remove the pack from the vehicle",
                            q));
            prompts.add(
                    new IsolationPrompt(
                            "isolate.insulate-terminals",
                            "Cover the pack terminals with insulating caps or tape; keep metal tools and "
                                    + "jewellery away from the terminals",
                            q));
            return prompts;
        }
        prompts.add(
                new IsolationPrompt(
                        "isolate.disconnect-charging",
                        "Switch the vehicle off, remove the key and keep it; disconnect any charging cable",
                        q));
        prompts.add(
                new IsolationPrompt(
                        "isolate.disconnect-12v",
                        "Disconnect the 12 V supply (negative terminal first) so the contactors cannot close",
                        q));
        String msd =
                view.pack().serviceDisconnect() == null
                        ? "service disconnect"
                        : view.pack().serviceDisconnect();
        String where =
                view.pack().serviceDisconnectLocation() == null
                        ? ""
                        : " (" + view.pack().serviceDisconnectLocation() + ")";
        prompts.add(
                new IsolationPrompt(
                        "isolate.service-disconnect",
                        "Remove the "
                                + msd
                                + where
                                + " wearing insulating gloves, and keep it on your person or in a locked box",
                        q));
        prompts.add(
                new IsolationPrompt(
                        "isolate.lock-and-tag",
                        "Lock out the service-disconnect opening and tag the pack: name, date, "
                                + "\"Do not connect - work in progress\"",
                        q));
        Integer seconds = view.pack().capacitorDischargeSeconds();
        String wait =
                seconds == null
                        ? (int) thresholds.number("isolation.capacitor_wait_default_s")
                                + " s (the passport records no manufacturer time)"
                        : seconds + " s (manufacturer's capacitor discharge time)";
        prompts.add(new IsolationPrompt("isolate.wait-capacitors", "Wait " + wait, q));
        prompts.add(
                new IsolationPrompt(
                        "isolate.test-detector-before",
                        "Test the voltage detector on a known live source",
                        q));
        prompts.add(
                new IsolationPrompt(
                        "isolate.verify-absence",
                        "Verify absence of voltage on all poles of the pack's external connectors: HV+ to "
                                + "HV-, HV+ to housing, HV- to housing",
                        q));
        prompts.add(
                new IsolationPrompt(
                        "isolate.test-detector-after",
                        "Test the voltage detector again on the known live source",
                        q));
        prompts.add(
                new IsolationPrompt(
                        "isolate.cover-adjacent",
                        "Cover adjacent live parts with insulating sheets. Never earth or short-circuit the "
                                + "pack: it stays charged, so work inside is live work; re-verify voltage "
                                + "after every step that opens a string",
                        q));
        return prompts;
    }

    private Ppe ppe(PackView view, boolean highVoltage, boolean cellsDamaged) {
        List<String> items = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        items.add("Safety glasses and safety footwear");
        items.add(
                highVoltage
                        ? "Insulated tools (IEC 60900, 1000 V AC / 1500 V DC)"
                        : "Insulated or taped tools (short-circuit protection)");
        String gloveClass = null;
        Double gloveMax = null;
        Integer category = null;
        Double calories = null;
        boolean analysis = false;
        if (highVoltage) {
            gloveClass = gloveClass(view.maxVoltageV());
            gloveMax = thresholds.number(gloveKey(gloveClass));
            items.add(
                    "Insulating gloves class "
                            + gloveClass
                            + " (IEC 60903, up to "
                            + format(gloveMax)
                            + " V DC), air-tested and inspected before each use");
            items.add("Leather protectors over the insulating gloves");
            sources.add(thresholds.get(gloveKey(gloveClass)).source());
            sources.add(thresholds.get("ppe.glove.minimum_class_hv").source());

            category = 2;
            calories = thresholds.number("arc.category2_cal_cm2");
            Double current = view.pack().maxShortCircuitCurrentA();
            analysis =
                    view.maxVoltageV() > thresholds.number("arc.category2_max_v")
                            || current == null
                            || current >= thresholds.number("arc.category2_max_fault_a");
            items.add(
                    "Arc-rated face shield and arc-rated clothing of at least "
                            + format(calories)
                            + " cal/cm2 (arc-flash PPE category "
                            + category
                            + ")");
            sources.add(thresholds.get("arc.category2_cal_cm2").source());
            if (analysis) {
                items.add(
                        "Incident-energy analysis required: the pack is outside the table's "
                                + "100-250 V / < 4 kA row; inside an enclosure allow up to "
                                + thresholds.get("arc.enclosure_factor").value()
                                + "x the open-air energy");
                sources.add(thresholds.get("arc.enclosure_factor").source());
            }
        }
        if (cellsDamaged) {
            items.add(
                    "Respirator with combination filter for electrolyte vapour and HF; chemical-"
                            + "resistant gloves over the insulating gloves");
            sources.add(thresholds.get("events.cells_damaged").source());
        }
        return new Ppe(
                gloveClass,
                gloveMax,
                highVoltage,
                highVoltage,
                category,
                calories,
                analysis,
                cellsDamaged,
                true,
                items,
                sources);
    }

    /**
     * The smallest IEC 60903 class rated for the maximum voltage, but never below the project's
     * minimum class for high-voltage packs (class 0, domain.md 2.4).
     */
    String gloveClass(double maxVoltageV) {
        List<String> classes = List.of("00", "0", "1");
        String minimum = thresholds.get("ppe.glove.minimum_class_hv").value();
        boolean reachedMinimum = false;
        for (String c : classes) {
            reachedMinimum |= c.equals(minimum);
            if (reachedMinimum && thresholds.number(gloveKey(c)) >= maxVoltageV) {
                return c;
            }
        }
        throw new IllegalStateException("No glove class covers " + maxVoltageV + " V DC");
    }

    private static String gloveKey(String gloveClass) {
        return "ppe.glove.class" + gloveClass + "_max_dc_v";
    }

    private static List<String> thermalWatchFor() {
        return List.of(
                "Sweet or electrical-burning odour",
                "Hissing, popping or crackling",
                "Swelling or change in shape of a cell or module",
                "Heat: a part warmer than its " + "neighbours",
                "Smoke or vapour, leaking electrolyte, change in colour");
    }

    private static List<String> thermalResponse() {
        return List.of(
                "Stop work, step back and warn others",
                "Off-gassing without smoke: if it can be done safely, move the pack to the "
                        + "quarantine area; do not puncture or compress swollen cells",
                "Smoke or fire: evacuate, call the fire brigade, cool from a distance with the "
                        + "extinguishing agent named in the passport; do not re-enter",
                "Damaged batteries may release toxic gas that is not visible: ventilate");
    }

    private List<String> warnings(PackView view, boolean highVoltage, boolean cellsDamaged) {
        List<String> warnings = new ArrayList<>();
        if (highVoltage) {
            warnings.add("The pack cannot be made dead: never earth or short-circuit it");
            warnings.add(
                    "Persons with active medical implants must not work on high-voltage "
                            + "packs");
            warnings.add(
                    "Individual modules may be below 60 V, but partially disconnected strings "
                            + "are not: re-verify voltage after every step that opens a string");
        } else {
            warnings.add(
                    "Below 60 V DC but not harmless: a short circuit across "
                            + view.cellCount()
                            + " cells can weld tools and start a fire; remove rings and "
                            + "watches, insulate exposed terminals and strips");
        }
        if (cellsDamaged) {
            warnings.add(
                    "Damaged cells: electrolyte forms hydrogen fluoride with moisture; ventilate "
                            + "and avoid skin contact");
        }
        if (view.hasEvent(EventType.DEEP_DISCHARGE)) {
            warnings.add("Deep-discharged cells: never recharge them (risk of internal short)");
        }
        return warnings;
    }

    private boolean intersects(Set<EventType> events, String key) {
        return thresholds.get(key).list().stream()
                .anyMatch(t -> events.contains(EventType.valueOf(t)));
    }

    static String format(double value) {
        if (value == Math.rint(value)) {
            return String.valueOf((long) value);
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
