package eu.dbp.decision;

import eu.dbp.decision.DecisionParameters.Threshold;
import eu.dbp.decision.Recommendation.Estimate;
import eu.dbp.decision.Recommendation.MaterialYield;
import eu.dbp.decision.Recommendation.Option;
import eu.dbp.decision.Recommendation.ProcessOutcome;
import eu.dbp.decision.Recommendation.Reason;
import eu.dbp.decision.Recommendation.RecyclingContext;
import eu.dbp.decision.Recommendation.Yield;
import eu.dbp.passport.Chemistry;
import eu.dbp.passport.JointType;
import eu.dbp.passport.ModuleCondition;
import eu.dbp.passport.ModuleHousing;
import eu.dbp.passport.PackView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Ranks the routes for one pack: pure rules over the pack view, its signals, the safety facts and
 * the parameters. A route is eligible when every condition holds; eligible routes come first in the
 * order of the waste hierarchy (the order of {@link Route}), recycling being always open.
 */
final class RouteRules {

    static final String REPURPOSE_UPPER = "soh.repurpose.upper";
    static final String REPURPOSE_LOWER = "soh.repurpose.lower";
    static final String MODULE_REUSE = "soh.module.reuse";
    static final String EXHAUSTION_DEFAULT = "soh.exhaustion.default";
    static final String CELL_HARVEST_MIN = "soh.cell_harvest.min";
    static final String SPREAD_MAX = "cell_spread.max";
    static final String RESISTANCE_GROWTH_MAX = "resistance_growth.max";

    private static final String BAJ =
            "[S] Battery Association of Japan: batteries without recorded usage history are not reused";

    private static final Set<ModuleCondition> GONE =
            Set.of(ModuleCondition.REPLACED, ModuleCondition.REMOVED, ModuleCondition.RECYCLED);

    private final PackView pack;
    private final Signals signals;
    private final SafetyFacts safety;
    private final DecisionParameters parameters;
    private final List<PackView.Module> modules;
    private final int totalCells;

    private RouteRules(
            PackView pack, Signals signals, SafetyFacts safety, DecisionParameters parameters) {
        this.pack = pack;
        this.signals = signals;
        this.safety = safety;
        this.parameters = parameters;
        this.modules =
                pack.modules().stream()
                        .filter(
                                module ->
                                        module.condition() == null
                                                || !GONE.contains(module.condition()))
                        .toList();
        int moduleCells = modules.stream().mapToInt(PackView.Module::cellCount).sum();
        this.totalCells = moduleCells > 0 ? moduleCells : pack.cellCount();
    }

    static Recommendation recommend(
            PackView pack, Signals signals, SafetyFacts safety, DecisionParameters parameters) {
        return new RouteRules(pack, signals, safety, parameters).recommend();
    }

    private Recommendation recommend() {
        List<Option> unranked =
                List.of(repair(), moduleReplacement(), repurpose(), cellHarvesting(), recycling());
        List<Option> sorted =
                unranked.stream()
                        .sorted(
                                Comparator.comparing((Option option) -> !option.eligible())
                                        .thenComparing(Option::route))
                        .toList();
        List<Option> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Option option = sorted.get(i);
            ranked.add(
                    new Option(
                            i + 1,
                            option.route(),
                            option.eligible(),
                            option.rationale(),
                            option.estimate(),
                            option.yield(),
                            option.process(),
                            option.netValueEur()));
        }
        return new Recommendation(
                pack.identifier(),
                pack.model(),
                pack.category(),
                pack.chemistry(),
                pack.ratedEnergyKwh(),
                signals.sohPct(),
                ranked,
                recyclingContext());
    }

    // ----- the routes -----------------------------------------------------------------------

    private Option repair() {
        List<Reason> reasons = new ArrayList<>(reuseSafety());
        reasons.addAll(sohAtLeastExhaustion());
        List<PackView.Module> weak = weakModules();
        if (weak.isEmpty()) {
            reasons.add(
                    atOrAbove(
                            "every module",
                            lowestModuleSoh(),
                            MODULE_REUSE,
                            "module reuse bound",
                            true));
        } else {
            reasons.add(
                    below(
                            weak.size() + " module(s), lowest",
                            lowestModuleSoh(),
                            MODULE_REUSE,
                            "module reuse bound",
                            false));
        }

        double hours = parameters.value("time.repair");
        double cost = hours * labour() + parameters.value("cost.repair_parts");
        double energy = remainingEnergy(1);
        double product = energy * parameters.value("value.reused_pack");
        Yield yield =
                new Yield(
                        modules.size(),
                        pack.cellCount(),
                        round2(energy),
                        round2(product),
                        List.of(),
                        0);
        return option(
                Route.REPAIR,
                reasons,
                new Estimate(
                        round2(hours),
                        round2(cost),
                        "time.repair x cost.labour + cost.repair_parts"),
                yield,
                null);
    }

    private Option moduleReplacement() {
        List<Reason> reasons = new ArrayList<>(reuseSafety());
        reasons.add(moduleAccess());
        reasons.addAll(sohAtLeastExhaustion());
        List<PackView.Module> weak = weakModules();
        if (weak.isEmpty()) {
            reasons.add(
                    atOrAbove(
                            "nothing to replace: every module",
                            lowestModuleSoh(),
                            MODULE_REUSE,
                            "module reuse bound",
                            false));
        } else if (weak.size() == modules.size()) {
            reasons.add(
                    below(
                            "all " + weak.size() + " modules are weak, lowest",
                            lowestModuleSoh(),
                            MODULE_REUSE,
                            "module reuse bound",
                            false));
        } else {
            reasons.add(
                    below(
                            weak.size() + " module(s) to replace, lowest",
                            lowestModuleSoh(),
                            MODULE_REUSE,
                            "module reuse bound",
                            true));
        }

        double hours = parameters.value("time.module_swap") * weak.size();
        double cost = hours * labour() + parameters.value("cost.pack_to_module");
        double weakShare = weak.stream().mapToDouble(this::share).sum();
        double energy = remainingEnergy(1);
        double product = energy * parameters.value("value.reused_pack");
        List<MaterialYield> materials = materials(weakShare, bestProcess());
        int keptCells =
                modules.stream()
                        .filter(m -> !weak.contains(m))
                        .mapToInt(PackView.Module::cellCount)
                        .sum();
        Yield yield =
                new Yield(
                        modules.size() - weak.size(),
                        keptCells,
                        round2(energy),
                        round2(product),
                        materials,
                        value(materials));
        return option(
                Route.MODULE_REPLACEMENT,
                reasons,
                new Estimate(
                        round2(hours),
                        round2(cost),
                        "time.module_swap x modules x cost.labour + cost.pack_to_module;"
                                + " replacement modules not priced"),
                yield,
                null);
    }

    private Option repurpose() {
        List<Reason> reasons = new ArrayList<>(reuseSafety());
        for (String event : safety.blockingRepurpose()) {
            reasons.add(
                    new Reason(
                            false,
                            event + " rules out a second life",
                            SafetyFacts.BLOCK_REPURPOSE,
                            parameters.threshold(SafetyFacts.BLOCK_REPURPOSE).source()));
        }
        Double soh = signals.sohPct();
        if (soh == null) {
            reasons.add(new Reason(false, "no SoH recorded", null, BAJ));
        } else {
            Threshold upper = parameters.threshold(REPURPOSE_UPPER);
            Threshold lower = parameters.threshold(REPURPOSE_LOWER);
            reasons.add(
                    soh < upper.value()
                            ? compare("SoH", soh, "<", upper, "repurpose upper bound", true, "")
                            : compare(
                                    "SoH",
                                    soh,
                                    ">=",
                                    upper,
                                    "repurpose upper bound",
                                    false,
                                    ": still fit for its first life"));
            reasons.add(
                    soh >= lower.value()
                            ? compare("SoH", soh, ">=", lower, "repurpose lower bound", true, "")
                            : compare("SoH", soh, "<", lower, "repurpose lower bound", false, ""));
        }
        reasons.add(
                atMost(
                        "cell-voltage spread",
                        signals.cellVoltageSpreadV(),
                        SPREAD_MAX,
                        "largest spread for a second life"));
        reasons.add(
                atMost(
                        "internal-resistance growth",
                        signals.resistanceGrowthPct(),
                        RESISTANCE_GROWTH_MAX,
                        "largest growth for a second life"));

        double energyKwh = pack.ratedEnergyKwh();
        double hours = parameters.value("time.repurpose") * energyKwh;
        double cost = parameters.value("cost.repurpose") * energyKwh;
        double energy = remainingEnergy(1);
        double product = energy * parameters.value("value.second_life");
        Yield yield =
                new Yield(
                        modules.size(),
                        pack.cellCount(),
                        round2(energy),
                        round2(product),
                        List.of(),
                        0);
        return option(
                Route.REPURPOSE,
                reasons,
                new Estimate(
                        round2(hours),
                        round2(cost),
                        "time.repurpose x kWh; cost.repurpose x kWh (labour included)"),
                yield,
                null);
    }

    private Option cellHarvesting() {
        List<Reason> reasons = new ArrayList<>(reuseSafety());
        Threshold minimum = parameters.threshold(CELL_HARVEST_MIN);
        List<PackView.Module> accessible =
                modules.stream().filter(RouteRules::cellsAccessible).toList();
        double harvestShare;
        int cells;
        if (modules.isEmpty()) {
            boolean glued = pack.joints().stream().anyMatch(j -> j.type() == JointType.ADHESIVE);
            reasons.add(
                    new Reason(
                            !glued,
                            glued
                                    ? "cells are bonded into the pack (adhesive joints): no cell access without damage"
                                    : "cell-to-pack design without adhesive joints: cells can be taken out",
                            null,
                            "domain.md 4.6: cells must not be glued or potted"));
            Double soh = signals.sohPct();
            boolean healthy = soh != null && soh >= minimum.value();
            reasons.add(
                    soh == null
                            ? new Reason(false, "no SoH recorded", null, BAJ)
                            : compare(
                                    "SoH",
                                    soh,
                                    healthy ? ">=" : "<",
                                    minimum,
                                    "cell harvesting minimum",
                                    healthy,
                                    ""));
            harvestShare = !glued && healthy ? 1 : 0;
            cells = !glued && healthy ? pack.cellCount() : 0;
        } else {
            reasons.add(
                    new Reason(
                            !accessible.isEmpty(),
                            accessible.size()
                                    + " of "
                                    + modules.size()
                                    + " module(s) open their cells without destroying them (not potted, welded"
                                    + " shut or glued)",
                            null,
                            "domain.md 4.6: cells must not be glued or potted"));
            List<PackView.Module> harvestable =
                    accessible.stream()
                            .filter(m -> moduleSoh(m) != null && moduleSoh(m) >= minimum.value())
                            .toList();
            reasons.add(
                    new Reason(
                            !harvestable.isEmpty(),
                            harvestable.size()
                                    + " accessible module(s) at or above cell harvesting minimum "
                                    + Numbers.plain(minimum.value())
                                    + " "
                                    + minimum.unit()
                                    + sourceOf(minimum),
                            CELL_HARVEST_MIN,
                            minimum.source()));
            harvestShare = harvestable.stream().mapToDouble(this::share).sum();
            cells = harvestable.stream().mapToInt(PackView.Module::cellCount).sum();
        }

        double hours = cells * parameters.value("time.cell_harvest") / 60;
        double cost = hours * labour() + parameters.value("cost.pack_to_module");
        double energy = remainingEnergy(harvestShare);
        double product = energy * parameters.value("value.harvested_cell");
        List<MaterialYield> materials = materials(1 - harvestShare, bestProcess());
        Yield yield =
                new Yield(0, cells, round2(energy), round2(product), materials, value(materials));
        return option(
                Route.CELL_HARVESTING,
                reasons,
                new Estimate(
                        round2(hours),
                        round2(cost),
                        "time.cell_harvest x cells x cost.labour + cost.pack_to_module"),
                yield,
                null);
    }

    private Option recycling() {
        List<Reason> reasons = new ArrayList<>();
        for (String event : safety.blockingReuse()) {
            reasons.add(
                    new Reason(
                            true,
                            event + " sends the pack to recycling",
                            SafetyFacts.BLOCK_REUSE,
                            parameters.threshold(SafetyFacts.BLOCK_REUSE).source()));
        }
        Double soh = signals.sohPct();
        Threshold lower = parameters.threshold(REPURPOSE_LOWER);
        if (soh != null && soh < lower.value()) {
            reasons.add(compare("SoH", soh, "<", lower, "repurpose lower bound", true, ""));
        }
        if (pack.pack() != null && pack.pack().cellToPack()) {
            reasons.add(
                    new Reason(
                            true,
                            "cell-to-pack design: no module-level reuse",
                            null,
                            "domain.md 4.6: CTP or potted packs go to recycling"));
        }
        reasons.add(
                new Reason(
                        true,
                        "recycling is always open: the last route of the waste"
                                + " hierarchy, bound by the Annex XII recovery targets",
                        null,
                        "[S] Regulation (EU) 2023/1542 Annex XII"));
        RecyclingProcess process = bestProcess();
        reasons.add(
                new Reason(
                        true,
                        process + " proposed: " + processNote(process),
                        null,
                        "domain.md 4.4"));

        double hours = parameters.value("time.recycling_prep");
        double cost = hours * labour() + parameters.value("cost.recycling") * pack.ratedEnergyKwh();
        List<MaterialYield> materials = materials(1, process);
        Yield yield = new Yield(0, 0, 0, 0, materials, value(materials));
        return option(
                Route.DIRECT_RECYCLING,
                reasons,
                new Estimate(
                        round2(hours),
                        round2(cost),
                        "time.recycling_prep x cost.labour + cost.recycling x kWh"),
                yield,
                process);
    }

    // ----- conditions -----------------------------------------------------------------------

    private List<Reason> reuseSafety() {
        Threshold level = parameters.threshold(SafetyFacts.BLOCK_REUSE);
        if (safety.blockingReuse().isEmpty()) {
            return List.of(
                    new Reason(
                            true,
                            "no safety event at or above severity "
                                    + Numbers.plain(level.value())
                                    + " and none that damages cells",
                            SafetyFacts.BLOCK_REUSE,
                            level.source()));
        }
        return safety.blockingReuse().stream()
                .map(
                        event ->
                                new Reason(
                                        false,
                                        event + " rules out reuse",
                                        SafetyFacts.BLOCK_REUSE,
                                        level.source()))
                .toList();
    }

    private List<Reason> sohAtLeastExhaustion() {
        Double soh = signals.sohPct();
        if (soh == null) {
            return List.of(new Reason(false, "no SoH recorded", null, BAJ));
        }
        Threshold exhaustion = exhaustionThreshold();
        boolean met = soh >= exhaustion.value();
        return List.of(
                compare(
                        "SoH",
                        soh,
                        met ? ">=" : "<",
                        exhaustion,
                        "first-life exhaustion threshold",
                        met,
                        ""));
    }

    private Threshold exhaustionThreshold() {
        Double declared = pack.capacityThresholdExhaustionPct();
        if (declared != null) {
            return new Threshold(
                    EXHAUSTION_DEFAULT,
                    declared,
                    "%",
                    0,
                    100,
                    "declared capacity threshold for exhaustion",
                    "passport: Annex XIII 1(k) capacity threshold for exhaustion");
        }
        return parameters.threshold(EXHAUSTION_DEFAULT);
    }

    private Reason moduleAccess() {
        boolean ctp = pack.pack() != null && pack.pack().cellToPack();
        boolean potted = modules.stream().anyMatch(m -> m.housing() == ModuleHousing.POTTED);
        boolean open = !ctp && modules.size() >= 2 && !potted;
        String text =
                ctp || modules.size() < 2
                        ? "no exchangeable modules ("
                                + (ctp ? "cell-to-pack design" : modules.size() + " module")
                                + ")"
                        : potted
                                ? "potted modules cannot be exchanged without damage"
                                : modules.size() + " modules can be exchanged one by one";
        return new Reason(
                open, text, null, "domain.md 4.6: module-level access (not CTP or potted)");
    }

    private Reason atMost(String label, Double fact, String key, String thresholdLabel) {
        Threshold threshold = parameters.threshold(key);
        if (fact == null) {
            return new Reason(true, label + " not recorded: not checked", key, threshold.source());
        }
        boolean met = fact <= threshold.value();
        return compare(label, fact, met ? "<=" : ">", threshold, thresholdLabel, met, "");
    }

    private Reason atOrAbove(
            String label, Double fact, String key, String thresholdLabel, boolean met) {
        Threshold threshold = parameters.threshold(key);
        if (fact == null) {
            return new Reason(
                    met,
                    "no module SoH recorded and no module marked damaged",
                    key,
                    threshold.source());
        }
        return compare(label, fact, ">=", threshold, thresholdLabel, met, "");
    }

    private Reason below(
            String label, Double fact, String key, String thresholdLabel, boolean met) {
        Threshold threshold = parameters.threshold(key);
        if (fact == null) {
            return new Reason(met, label + " marked damaged", key, threshold.source());
        }
        return compare(label, fact, "<", threshold, thresholdLabel, met, "");
    }

    private static Reason compare(
            String label,
            double fact,
            String operator,
            Threshold threshold,
            String thresholdLabel,
            boolean met,
            String suffix) {
        String text =
                label
                        + " "
                        + Numbers.plain(fact)
                        + " "
                        + threshold.unit()
                        + " "
                        + operator
                        + " "
                        + thresholdLabel
                        + " "
                        + Numbers.plain(threshold.value())
                        + " "
                        + threshold.unit()
                        + suffix
                        + sourceOf(threshold);
        return new Reason(met, text, threshold.key(), threshold.source());
    }

    private static String sourceOf(Threshold threshold) {
        return " (source: " + threshold.source() + ")";
    }

    // ----- modules, energy and materials ----------------------------------------------------

    private Double moduleSoh(PackView.Module module) {
        return module.sohPct() != null ? module.sohPct() : signals.sohPct();
    }

    /**
     * Modules marked damaged or measured below the reuse bound; the pack's SoH says nothing here.
     */
    private List<PackView.Module> weakModules() {
        double bound = parameters.value(MODULE_REUSE);
        return modules.stream()
                .filter(
                        m ->
                                m.condition() == ModuleCondition.DAMAGED
                                        || (m.sohPct() != null && m.sohPct() < bound))
                .toList();
    }

    private Double lowestModuleSoh() {
        return modules.stream()
                .map(PackView.Module::sohPct)
                .filter(java.util.Objects::nonNull)
                .min(Double::compare)
                .orElse(null);
    }

    private static boolean cellsAccessible(PackView.Module module) {
        return module.housing() != ModuleHousing.POTTED
                && module.housing() != ModuleHousing.WELDED_CASE
                && module.cellJoining() != JointType.ADHESIVE;
    }

    /** The module's share of the pack's energy, by cell count. */
    private double share(PackView.Module module) {
        if (totalCells > 0) {
            return (double) module.cellCount() / totalCells;
        }
        return modules.isEmpty() ? 1 : 1.0 / modules.size();
    }

    private double remainingEnergy(double share) {
        double soh = signals.sohPct() == null ? 0 : signals.sohPct();
        return pack.ratedEnergyKwh() * share * soh / 100;
    }

    private List<MaterialYield> materials(double share, RecyclingProcess process) {
        List<MaterialYield> yields = new ArrayList<>();
        if (share <= 0) {
            return yields;
        }
        for (DecisionParameters.MaterialContent content : parameters.materials(pack.chemistry())) {
            double contained = pack.ratedEnergyKwh() * share * content.kgPerKwh();
            double recoveryPct = parameters.recoveryPct(process, content.element());
            double recoverable = contained * recoveryPct / 100;
            Double price = parameters.priceEurPerKg(content.element()).orElse(null);
            double value = price == null ? 0 : recoverable * price;
            yields.add(
                    new MaterialYield(
                            content.element(),
                            round3(contained),
                            recoveryPct,
                            round3(recoverable),
                            price == null ? null : round2(price),
                            round2(value),
                            content.source()));
        }
        return yields;
    }

    private static double value(List<MaterialYield> materials) {
        return round2(materials.stream().mapToDouble(MaterialYield::valueEur).sum());
    }

    // ----- recycling processes --------------------------------------------------------------

    private boolean feasible(RecyclingProcess process) {
        if (process != RecyclingProcess.DIRECT) {
            return true;
        }
        return !safety.cellDamage()
                && pack.chemistry() != Chemistry.OTHER
                && pack.chemistry() != Chemistry.SODIUM_ION;
    }

    private String processNote(RecyclingProcess process) {
        return switch (process) {
            case DIRECT ->
                    feasible(process)
                            ? "chemistry "
                                    + pack.chemistry()
                                    + " identified by the passport and cells intact:"
                                    + " cathode material can be reconditioned"
                            : safety.cellDamage()
                                    ? "cells damaged: cathode feed no longer intact"
                                    : "chemistry not identified: direct recycling needs a pure feed";
            case HYDROMETALLURGICAL ->
                    "leaching recovers Ni, Co, Mn and most Li (Li losses up to 30 %)";
            case PYROMETALLURGICAL ->
                    "smelting recovers a Co-Ni-Cu alloy; Li, Al and Mn go to slag";
        };
    }

    private RecyclingProcess bestProcess() {
        RecyclingProcess best = RecyclingProcess.HYDROMETALLURGICAL;
        double bestValue = -1;
        for (RecyclingProcess process : RecyclingProcess.values()) {
            if (!feasible(process)) {
                continue;
            }
            double value = value(materials(1, process));
            if (value > bestValue) {
                best = process;
                bestValue = value;
            }
        }
        return best;
    }

    private RecyclingContext recyclingContext() {
        List<ProcessOutcome> outcomes = new ArrayList<>();
        for (RecyclingProcess process : RecyclingProcess.values()) {
            List<MaterialYield> materials = materials(1, process);
            List<String> unmet = new ArrayList<>();
            for (RecoveryTarget target : parameters.targets()) {
                if (!"MATERIAL_RECOVERY".equals(target.kind())) {
                    continue;
                }
                materials.stream()
                        .filter(
                                m ->
                                        m.element().name().equals(target.subject())
                                                && m.containedKg() > 0)
                        .filter(m -> m.recoveryPct() < target.targetPct())
                        .forEach(
                                m ->
                                        unmet.add(
                                                m.element()
                                                        + " "
                                                        + Numbers.plain(m.recoveryPct())
                                                        + " % < "
                                                        + Numbers.plain(target.targetPct())
                                                        + " % due "
                                                        + target.deadline()));
            }
            outcomes.add(
                    new ProcessOutcome(
                            process,
                            feasible(process),
                            processNote(process),
                            materials,
                            value(materials),
                            unmet));
        }
        return new RecyclingContext(outcomes, parameters.targets());
    }

    // ----- helpers --------------------------------------------------------------------------

    private double labour() {
        return parameters.value("cost.labour");
    }

    private static Option option(
            Route route,
            List<Reason> reasons,
            Estimate estimate,
            Yield yield,
            RecyclingProcess process) {
        boolean eligible = reasons.stream().allMatch(Reason::met);
        double net = yield.productValueEur() + yield.materialValueEur() - estimate.costEur();
        return new Option(0, route, eligible, reasons, estimate, yield, process, round2(net));
    }

    private static double round2(double value) {
        return Numbers.round(value, 2);
    }

    private static double round3(double value) {
        return Numbers.round(value, 3);
    }
}
