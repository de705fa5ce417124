package eu.dbp.decision;

import eu.dbp.decision.DecisionParameters.MaterialContent;
import eu.dbp.decision.DecisionParameters.Price;
import eu.dbp.decision.DecisionParameters.ProcessRecovery;
import eu.dbp.decision.DecisionParameters.Threshold;
import eu.dbp.passport.BatteryCategory;
import eu.dbp.passport.BatteryStatus;
import eu.dbp.passport.CellFormat;
import eu.dbp.passport.Chemistry;
import eu.dbp.passport.Cooling;
import eu.dbp.passport.EventType;
import eu.dbp.passport.JointType;
import eu.dbp.passport.ModuleCondition;
import eu.dbp.passport.ModuleHousing;
import eu.dbp.passport.PackView;
import eu.dbp.passport.Severity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Hand-built packs and the parameters of migration V30, for the pure rule tests. */
final class Fixtures {

    private Fixtures() {}

    static DecisionParameters parameters() {
        Map<String, Threshold> thresholds = new HashMap<>();
        threshold(thresholds, "soh.repurpose.upper", 80, "%");
        threshold(thresholds, "soh.repurpose.lower", 60, "%");
        threshold(thresholds, "soh.module.reuse", 80, "%");
        threshold(thresholds, "soh.exhaustion.default", 70, "%");
        threshold(thresholds, "soh.cell_harvest.min", 60, "%");
        threshold(thresholds, "event.severity.block_reuse", 3, "ordinal");
        threshold(thresholds, "event.severity.block_repurpose", 2, "ordinal");
        threshold(thresholds, "cell_spread.max", 0.05, "V");
        threshold(thresholds, "resistance_growth.max", 50, "%");
        threshold(thresholds, "cost.labour", 60, "EUR/h");
        threshold(thresholds, "cost.pack_to_module", 90, "EUR");
        threshold(thresholds, "cost.repurpose", 32.75, "EUR/kWh");
        threshold(thresholds, "cost.recycling", 20, "EUR/kWh");
        threshold(thresholds, "cost.repair_parts", 400, "EUR");
        threshold(thresholds, "time.repair", 6, "h");
        threshold(thresholds, "time.module_swap", 1.5, "h");
        threshold(thresholds, "time.repurpose", 0.15, "h/kWh");
        threshold(thresholds, "time.cell_harvest", 3, "min/cell");
        threshold(thresholds, "time.recycling_prep", 4, "h");
        threshold(thresholds, "value.reused_pack", 110, "EUR/kWh");
        threshold(thresholds, "value.second_life", 60, "EUR/kWh");
        threshold(thresholds, "value.harvested_cell", 40, "EUR/kWh");
        threshold(thresholds, "fx.eur_per_usd", 0.92, "EUR/USD");

        Map<Chemistry, List<MaterialContent>> materials = new EnumMap<>(Chemistry.class);
        materials.put(
                Chemistry.NMC712,
                List.of(
                        content(Element.LI, 0.11),
                        content(Element.NI, 0.62),
                        content(Element.CO, 0.09),
                        content(Element.MN, 0.17),
                        content(Element.CU, 0.33),
                        content(Element.AL, 0.58),
                        content(Element.GRAPHITE, 0.87)));
        materials.put(
                Chemistry.LFP,
                List.of(
                        content(Element.LI, 0.09),
                        content(Element.FE, 0.70),
                        content(Element.P, 0.39),
                        content(Element.CU, 0.33),
                        content(Element.AL, 0.58),
                        content(Element.GRAPHITE, 0.87)));

        Map<RecyclingProcess, Map<Element, ProcessRecovery>> recovery =
                new EnumMap<>(RecyclingProcess.class);
        recovery.put(
                RecyclingProcess.HYDROMETALLURGICAL,
                recovery(
                        Map.of(
                                Element.LI,
                                70.0,
                                Element.NI,
                                95.0,
                                Element.CO,
                                95.0,
                                Element.MN,
                                90.0,
                                Element.CU,
                                95.0,
                                Element.AL,
                                85.0)));
        recovery.put(
                RecyclingProcess.PYROMETALLURGICAL,
                recovery(Map.of(Element.NI, 95.0, Element.CO, 95.0, Element.CU, 90.0)));
        recovery.put(
                RecyclingProcess.DIRECT,
                recovery(
                        Map.of(
                                Element.LI,
                                90.0,
                                Element.NI,
                                90.0,
                                Element.CO,
                                90.0,
                                Element.MN,
                                90.0,
                                Element.CU,
                                95.0,
                                Element.AL,
                                85.0)));

        Map<Element, Price> prices = new EnumMap<>(Element.class);
        prices.put(Element.LI, price(Element.LI, 74.48));
        prices.put(Element.NI, price(Element.NI, 22.80));
        prices.put(Element.CO, price(Element.CO, 30.00));
        prices.put(Element.CU, price(Element.CU, 9.00));
        prices.put(Element.AL, price(Element.AL, 2.45));
        prices.put(Element.MN, price(Element.MN, 2.00));

        List<RecoveryTarget> targets =
                List.of(
                        new RecoveryTarget(
                                "MATERIAL_RECOVERY",
                                "LI",
                                50,
                                LocalDate.of(2027, 12, 31),
                                "Annex XII"),
                        new RecoveryTarget(
                                "MATERIAL_RECOVERY",
                                "NI",
                                90,
                                LocalDate.of(2027, 12, 31),
                                "Annex XII"));
        return new DecisionParameters(thresholds, materials, recovery, prices, targets);
    }

    static DecisionParameters withThreshold(DecisionParameters base, String key, double value) {
        Map<String, Threshold> thresholds = new HashMap<>(base.thresholds());
        Threshold old = base.threshold(key);
        thresholds.put(
                key,
                new Threshold(
                        key,
                        value,
                        old.unit(),
                        old.minValue(),
                        old.maxValue(),
                        old.description(),
                        "test"));
        return new DecisionParameters(
                thresholds, base.materials(), base.recovery(), base.prices(), base.targets());
    }

    static DecisionParameters withPrice(DecisionParameters base, Element element, double usdPerKg) {
        Map<Element, Price> prices = new EnumMap<>(base.prices());
        prices.put(element, price(element, usdPerKg));
        return new DecisionParameters(
                base.thresholds(), base.materials(), base.recovery(), prices, base.targets());
    }

    /** A pack of {@code moduleSoh.length} modules of 24 cells each, NMC712 by default. */
    static PackBuilder pack() {
        return new PackBuilder();
    }

    static final class PackBuilder {

        private Chemistry chemistry = Chemistry.NMC712;
        private double energyKwh = 82;
        private Double soh = 95.0;
        private Double spread;
        private Double firstResistance;
        private Double resistance;
        private boolean cellToPack;
        private ModuleHousing housing = ModuleHousing.BOLTED_CASE;
        private JointType cellJoining = JointType.WELDED;
        private Double[] moduleSoh = {
            null, null, null, null, null, null, null, null, null, null, null, null
        };
        private final List<PackView.Event> events = new ArrayList<>();
        private final List<PackView.Joint> joints = new ArrayList<>();

        PackBuilder chemistry(Chemistry chemistry) {
            this.chemistry = chemistry;
            return this;
        }

        PackBuilder energyKwh(double energyKwh) {
            this.energyKwh = energyKwh;
            return this;
        }

        PackBuilder soh(Double soh) {
            this.soh = soh;
            return this;
        }

        PackBuilder spread(double spreadV) {
            this.spread = spreadV;
            return this;
        }

        PackBuilder resistance(double first, double last) {
            this.firstResistance = first;
            this.resistance = last;
            return this;
        }

        PackBuilder modules(Double... moduleSoh) {
            this.moduleSoh = moduleSoh;
            return this;
        }

        PackBuilder housing(ModuleHousing housing, JointType cellJoining) {
            this.housing = housing;
            this.cellJoining = cellJoining;
            return this;
        }

        PackBuilder cellToPackGlued() {
            this.cellToPack = true;
            this.moduleSoh = new Double[0];
            joints.add(
                    new PackView.Joint(
                            "J-CELLS", JointType.ADHESIVE, "CELLS", "HOUSING", null, "tray", null));
            return this;
        }

        PackBuilder event(EventType type, Severity severity) {
            events.add(
                    new PackView.Event(
                            type,
                            severity,
                            Instant.parse("2024-05-01T10:00:00Z"),
                            null,
                            null,
                            null,
                            "test event"));
            return this;
        }

        PackView build() {
            List<PackView.Module> modules = new ArrayList<>();
            for (int i = 0; i < moduleSoh.length; i++) {
                modules.add(
                        new PackView.Module(
                                "M" + (i + 1),
                                "SN-M" + (i + 1),
                                i + 1,
                                8,
                                3,
                                29.6,
                                25.0,
                                housing,
                                cellJoining,
                                ModuleCondition.IN_SERVICE,
                                moduleSoh[i],
                                24,
                                CellFormat.POUCH,
                                null));
            }
            int cells = modules.isEmpty() ? 108 : 24 * modules.size();
            PackView.Pack design =
                    new PackView.Pack(
                            96,
                            3,
                            cellToPack,
                            "aluminium",
                            Cooling.LIQUID,
                            "glycol",
                            5.0,
                            "BMS",
                            "MSD",
                            "top",
                            5,
                            5000.0,
                            CellFormat.POUCH,
                            null);
            Double minCell = spread == null ? null : 3.6;
            Double maxCell = spread == null ? null : 3.6 + spread;
            PackView.Sox sox =
                    new PackView.Sox(
                            Instant.parse("2025-01-01T00:00:00Z"),
                            soh,
                            50.0,
                            20.0,
                            350.0,
                            minCell,
                            maxCell,
                            900,
                            60000.0,
                            48.0,
                            -10.0,
                            100.0,
                            firstResistance,
                            resistance);
            return new PackView(
                    "TEST-PACK-0001",
                    "Test pack",
                    BatteryCategory.EV,
                    chemistry,
                    BatteryStatus.ORIGINAL,
                    false,
                    490,
                    234,
                    energyKwh,
                    264,
                    352,
                    403,
                    null,
                    4,
                    cells,
                    design,
                    List.of(),
                    modules,
                    List.of(),
                    joints,
                    List.of(),
                    List.of(),
                    events,
                    List.of(),
                    sox);
        }
    }

    private static void threshold(
            Map<String, Threshold> map, String key, double value, String unit) {
        map.put(key, new Threshold(key, value, unit, -1000, 1000, key, "source of " + key));
    }

    private static MaterialContent content(Element element, double kgPerKwh) {
        return new MaterialContent(element, kgPerKwh, "CATHODE", "table");
    }

    private static Map<Element, ProcessRecovery> recovery(Map<Element, Double> rates) {
        Map<Element, ProcessRecovery> map = new EnumMap<>(Element.class);
        rates.forEach(
                (element, pct) -> map.put(element, new ProcessRecovery(element, pct, "test")));
        return map;
    }

    private static Price price(Element element, double usdPerKg) {
        return new Price(element, usdPerKg, "USD", LocalDate.of(2025, 1, 1), "test");
    }
}
