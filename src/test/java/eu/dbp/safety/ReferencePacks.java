package eu.dbp.safety;

import eu.dbp.passport.BatteryCategory;
import eu.dbp.passport.BatteryStatus;
import eu.dbp.passport.CellFormat;
import eu.dbp.passport.Chemistry;
import eu.dbp.passport.ComponentKind;
import eu.dbp.passport.ConnectorType;
import eu.dbp.passport.Cooling;
import eu.dbp.passport.Drive;
import eu.dbp.passport.EventType;
import eu.dbp.passport.FastenerType;
import eu.dbp.passport.JointType;
import eu.dbp.passport.ModuleCondition;
import eu.dbp.passport.ModuleHousing;
import eu.dbp.passport.PackView;
import eu.dbp.passport.Severity;
import eu.dbp.passport.VoltageClass;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-built pack views mirroring the five demo packs (reference packs RP-1, RP-2, RP-5, RP-7, RP-8
 * of domain.md; values tagged [A] there are assumptions here too) and a synthetic pack of any size.
 * Shared by the safety, planning and learning tests and the benchmark.
 */
public final class ReferencePacks {

    private ReferencePacks() {}

    public static PackView leaf() {
        return leafBuilder().build();
    }

    public static PackView tesla() {
        return teslaBuilder().build();
    }

    public static PackView meb() {
        return mebBuilder().build();
    }

    public static PackView lfp() {
        return lfpBuilder().build();
    }

    public static PackView ebike() {
        return ebikeBuilder().build();
    }

    public static List<PackView> all() {
        return List.of(leaf(), tesla(), meb(), lfp(), ebike());
    }

    /**
     * Nissan Leaf 24 kWh: 48 modules of 4 pouch cells, bolted lid with sealant, passive cooling.
     */
    public static Builder leafBuilder() {
        Builder b =
                new Builder(
                                "DEMO-LEAF-24-0001",
                                "Nissan Leaf 24 kWh (AZE0)",
                                BatteryCategory.EV,
                                Chemistry.LMO,
                                294,
                                66,
                                24,
                                240,
                                360,
                                403.2,
                                96,
                                2,
                                Cooling.PASSIVE,
                                null)
                        .serviceDisconnect(
                                "service plug", "centre of the pack, under the rear seat", 600)
                        .cells(192, CellFormat.POUCH);
        b.fastener("LID-EDGE", FastenerType.BOLT, "10 mm", Drive.HEX, 12, 8.0, false);
        b.fastener("LID-MSD", FastenerType.BOLT, "10 mm", Drive.HEX, 6, 8.0, false);
        b.lid(true, "LID-EDGE", "LID-MSD");
        b.modular(
                48,
                4,
                2,
                2,
                7.5,
                3.8,
                ModuleHousing.WELDED_CASE,
                JointType.WELDED,
                new Spec(FastenerType.THROUGH_BOLT, "13 mm", Drive.HEX, 4, 12.0),
                new Spec(FastenerType.NUT, "10 mm", Drive.HEX, 2, 8.0));
        return b.soc(40.0);
    }

    /** Tesla Model S 85: 16 modules of 444 wire-bonded 18650 cells, liquid glycol cooling. */
    public static Builder teslaBuilder() {
        Builder b =
                new Builder(
                                "DEMO-TESLA-S85-0001",
                                "Tesla Model S 85",
                                BatteryCategory.EV,
                                Chemistry.NCA,
                                540,
                                232,
                                85,
                                260,
                                350,
                                403,
                                96,
                                74,
                                Cooling.LIQUID,
                                "glycol")
                        .serviceDisconnect("HV service disconnect", "rear of the pack", null)
                        .cells(7104, CellFormat.CYLINDRICAL);
        b.fastener("LID-SCREWS", FastenerType.SCREW, "T30", Drive.TORX, 140, 10.0, false);
        b.lid(false, "LID-SCREWS");
        b.modular(
                16,
                444,
                6,
                74,
                25,
                25.0,
                ModuleHousing.OPEN_FRAME,
                JointType.WIRE_BONDED,
                new Spec(FastenerType.BOLT, "M8", Drive.HEX_SOCKET, 4, 20.0),
                new Spec(FastenerType.BOLT, "M6", Drive.HEX_SOCKET, 2, 6.0));
        b.component("COOLANT", ComponentKind.COOLANT_CIRCUIT, "Glycol cooling loop", false, null);
        return b;
    }

    /** VW MEB 82 kWh: 12 welded-case modules of 24 pouch cells, liquid cooling. */
    public static Builder mebBuilder() {
        Builder b =
                new Builder(
                                "DEMO-MEB-82-0001",
                                "VW MEB 82 kWh",
                                BatteryCategory.EV,
                                Chemistry.NMC712,
                                493,
                                234,
                                82,
                                288,
                                350,
                                408,
                                96,
                                3,
                                Cooling.LIQUID,
                                "glycol")
                        .serviceDisconnect("service disconnect", "front of the housing", 300)
                        .cells(288, CellFormat.POUCH);
        b.fastener("COVER-SCREWS", FastenerType.SCREW, "M6", Drive.TORX, 60, 9.0, false);
        b.lid(false, "COVER-SCREWS");
        b.modular(
                12,
                24,
                8,
                3,
                29.2,
                30.0,
                ModuleHousing.WELDED_CASE,
                JointType.WELDED,
                new Spec(FastenerType.BOLT, "M8", Drive.HEX, 4, 20.0),
                new Spec(FastenerType.BOLT, "M6", Drive.HEX, 2, 9.0));
        return b;
    }

    /** LFP cell-to-pack: 108 prismatic cells bonded into the tray, no modules. */
    public static Builder lfpBuilder() {
        Builder b =
                new Builder(
                                "DEMO-LFP-CTP-0001",
                                "LFP cell-to-pack 60 kWh",
                                BatteryCategory.EV,
                                Chemistry.LFP,
                                400,
                                170,
                                60,
                                270,
                                345,
                                390,
                                108,
                                1,
                                Cooling.LIQUID,
                                "glycol")
                        .serviceDisconnect("service disconnect", "top of the housing", 300)
                        .cells(108, CellFormat.PRISMATIC)
                        .cellToPack();
        b.fastener("LID-BOLTS", FastenerType.BOLT, "M6", Drive.HEX, 40, 9.0, false);
        b.lid(true, "LID-BOLTS");
        b.component("BMS", ComponentKind.BMS, "Battery management system", false, 2.0);
        b.fastener("BMS-SCREWS", FastenerType.SCREW, "M5", Drive.TORX, 4, 5.0, false);
        b.joint("J-BMS", JointType.SCREWED, "BMS", "HOUSING", "BMS-SCREWS");
        b.component("CELLS", ComponentKind.CELL_GROUP, "Cell block (108 cells)", true, 300.0);
        b.joint("J-CELLS", JointType.ADHESIVE, "CELLS", "HOUSING", null);
        b.component("BB-ALL", ComponentKind.BUSBAR, "Laser-welded busbars", true, 4.0);
        b.joint("J-BB", JointType.WELDED, "BB-ALL", "CELLS", null);
        b.connector("SL-CELLS", ConnectorType.SENSE_LEAD, VoltageClass.LV, "BMS", "CELLS");
        b.component("COOLANT", ComponentKind.COOLANT_CIRCUIT, "Cooling plate circuit", false, null);
        b.sequence("J-CELLS", "J-BB", "J-BMS", "C:SL-CELLS", "J-LID-SEAL", "J-LID-1");
        return b;
    }

    /** 36 V e-bike battery: one module of 40 spot-welded 18650 cells in a Torx-screwed case. */
    public static Builder ebikeBuilder() {
        Builder b =
                new Builder(
                                "DEMO-EBIKE-500-0001",
                                "E-bike 500 Wh (36 V)",
                                BatteryCategory.LMT,
                                Chemistry.NMC622,
                                2.6,
                                13.4,
                                0.5,
                                30,
                                36,
                                42,
                                10,
                                4,
                                Cooling.PASSIVE,
                                null)
                        .cells(40, CellFormat.CYLINDRICAL);
        b.component("HOUSING", ComponentKind.HOUSING, "Housing base", false, 0.4);
        b.component("HOUSING-TOP", ComponentKind.HOUSING, "Housing cover", false, 0.2);
        b.fastener("CASE-SCREWS", FastenerType.SCREW, "T10", Drive.TORX, 8, 1.2, false);
        b.joint("J-CASE", JointType.SCREWED, "HOUSING-TOP", "HOUSING", "CASE-SCREWS");
        b.fastener("CASE-CLIPS", FastenerType.CLIP, null, Drive.NONE, 4, null, false);
        b.joint("J-CLIPS", JointType.CLIPPED, "HOUSING-TOP", "HOUSING", "CASE-CLIPS");
        b.component("M01", ComponentKind.MODULE, "Cell pack 10s4p", false, 1.9);
        b.module(
                "M01", "EB-M01", 1, 10, 4, 36, 1.9, ModuleHousing.OPEN_FRAME, JointType.WELDED, 40);
        b.joint("J-M01", JointType.ADHESIVE, "M01", "HOUSING", null);
        b.component("BMS", ComponentKind.BMS, "BMS board", false, 0.1);
        b.joint("J-BMS", JointType.SOLDERED, "BMS", "M01", null);
        b.connector("C-OUT", ConnectorType.LV_SUPPLY, VoltageClass.LV, "BMS", null);
        b.sequence("J-M01", "J-BMS", "J-CLIPS", "J-CASE");
        return b;
    }

    /**
     * An Audi e-tron-like synthetic pack: {@code modules} x {@code cellsPerModule}, liquid cooled.
     */
    public static Builder syntheticBuilder(int modules, int cellsPerModule) {
        int cells = modules * cellsPerModule;
        Builder b =
                new Builder(
                                "SYNTH-" + modules + "x" + cellsPerModule,
                                "Synthetic " + modules + "-module pack",
                                BatteryCategory.EV,
                                Chemistry.NMC622,
                                700,
                                240,
                                95,
                                300,
                                396,
                                450,
                                108,
                                4,
                                Cooling.LIQUID,
                                "glycol")
                        .serviceDisconnect("service disconnect", "front of the housing", 120)
                        .cells(cells, CellFormat.POUCH);
        b.fastener("LID-BOLTS", FastenerType.BOLT, "M6", Drive.TORX, 50, 9.0, false);
        b.lid(true, "LID-BOLTS");
        b.modular(
                modules,
                cellsPerModule,
                3,
                4,
                11,
                7.0,
                ModuleHousing.BOLTED_CASE,
                JointType.WELDED,
                new Spec(FastenerType.BOLT, "M8", Drive.HEX, 4, 20.0),
                new Spec(FastenerType.NUT, "M6", Drive.HEX, 2, 9.0));
        b.component("COOLANT", ComponentKind.COOLANT_CIRCUIT, "Cooling circuit", false, null);
        return b;
    }

    public static PackView synthetic(int modules, int cellsPerModule) {
        return syntheticBuilder(modules, cellsPerModule).build();
    }

    record Spec(FastenerType type, String size, Drive drive, int count, Double torqueNm) {}

    /** Assembles a pack view; variants change one fact before {@link #build()}. */
    public static final class Builder {

        private String identifier;
        private String model;
        private final BatteryCategory category;
        private final Chemistry chemistry;
        private final double massKg;
        private final double capacityAh;
        private final double energyKwh;
        private final double minV;
        private final double nominalV;
        private double maxV;
        private final int series;
        private final int parallel;
        private Cooling cooling;
        private String coolant;
        private boolean cellToPack;
        private String msd;
        private String msdLocation;
        private Integer capacitorSeconds;
        private Double shortCircuitA;
        private int cellCount;
        private CellFormat cellFormat = CellFormat.POUCH;
        private final List<PackView.Component> components = new ArrayList<>();
        private final List<PackView.Module> modules = new ArrayList<>();
        private final List<PackView.Fastener> fasteners = new ArrayList<>();
        private final List<PackView.Joint> joints = new ArrayList<>();
        private final List<PackView.Connector> connectors = new ArrayList<>();
        private final List<String> sequence = new ArrayList<>();
        private final List<PackView.Event> events = new ArrayList<>();
        private final List<PackView.ReplacedPart> replaced = new ArrayList<>();
        private PackView.Sox sox = PackView.Sox.none();

        Builder(
                String identifier,
                String model,
                BatteryCategory category,
                Chemistry chemistry,
                double massKg,
                double capacityAh,
                double energyKwh,
                double minV,
                double nominalV,
                double maxV,
                int series,
                int parallel,
                Cooling cooling,
                String coolant) {
            this.identifier = identifier;
            this.model = model;
            this.category = category;
            this.chemistry = chemistry;
            this.massKg = massKg;
            this.capacityAh = capacityAh;
            this.energyKwh = energyKwh;
            this.minV = minV;
            this.nominalV = nominalV;
            this.maxV = maxV;
            this.series = series;
            this.parallel = parallel;
            this.cooling = cooling;
            this.coolant = coolant;
        }

        public Builder identifier(String identifier) {
            this.identifier = identifier;
            return this;
        }

        public Builder model(String model) {
            this.model = model;
            return this;
        }

        public Builder maxVoltage(double maxV) {
            this.maxV = maxV;
            return this;
        }

        public Builder cooling(Cooling cooling, String coolant) {
            this.cooling = cooling;
            this.coolant = coolant;
            return this;
        }

        public Builder cellToPack() {
            this.cellToPack = true;
            return this;
        }

        public Builder serviceDisconnect(String name, String location, Integer capacitorSeconds) {
            this.msd = name;
            this.msdLocation = location;
            this.capacitorSeconds = capacitorSeconds;
            return this;
        }

        public Builder shortCircuitCurrent(Double amperes) {
            this.shortCircuitA = amperes;
            return this;
        }

        public Builder cells(int count, CellFormat format) {
            this.cellCount = count;
            this.cellFormat = format;
            return this;
        }

        public Builder soc(Double socPct) {
            this.sox =
                    new PackView.Sox(
                            Instant.parse("2026-01-10T08:00:00Z"),
                            80.0,
                            socPct,
                            20.0,
                            null,
                            sox.minCellVoltageV(),
                            sox.maxCellVoltageV(),
                            null,
                            null,
                            sox.maxTemperatureC(),
                            null,
                            null,
                            null,
                            null);
            return this;
        }

        public Builder cellVoltages(double min, double max) {
            this.sox =
                    new PackView.Sox(
                            sox.measuredAt(),
                            sox.sohPct(),
                            sox.socPct(),
                            sox.temperatureC(),
                            null,
                            min,
                            max,
                            null,
                            null,
                            sox.maxTemperatureC(),
                            null,
                            null,
                            null,
                            null);
            return this;
        }

        public Builder maxTemperature(double celsius) {
            this.sox =
                    new PackView.Sox(
                            sox.measuredAt(),
                            sox.sohPct(),
                            sox.socPct(),
                            sox.temperatureC(),
                            null,
                            sox.minCellVoltageV(),
                            sox.maxCellVoltageV(),
                            null,
                            null,
                            celsius,
                            null,
                            null,
                            null,
                            null);
            return this;
        }

        public Builder event(EventType type, Severity severity) {
            events.add(
                    new PackView.Event(
                            type,
                            severity,
                            Instant.parse("2025-06-01T12:00:00Z"),
                            null,
                            null,
                            null,
                            "recorded for the test"));
            return this;
        }

        public Builder component(
                String ref, ComponentKind kind, String name, boolean hv, Double massKg) {
            components.add(new PackView.Component(ref, kind, name, null, hv, massKg, null, null));
            return this;
        }

        public Builder module(
                String ref,
                String serial,
                int position,
                int s,
                int p,
                double volts,
                Double massKg,
                ModuleHousing housing,
                JointType cellJoining,
                int cells) {
            modules.add(
                    new PackView.Module(
                            ref,
                            serial,
                            position,
                            s,
                            p,
                            volts,
                            massKg,
                            housing,
                            cellJoining,
                            ModuleCondition.IN_SERVICE,
                            90.0,
                            cells,
                            cellFormat,
                            null));
            return this;
        }

        /** Sets the condition of one module, for example REPLACED or DAMAGED. */
        public Builder moduleCondition(String ref, ModuleCondition condition) {
            modules.replaceAll(
                    m ->
                            !m.componentRef().equals(ref)
                                    ? m
                                    : new PackView.Module(
                                            m.componentRef(),
                                            m.serialNumber(),
                                            m.position(),
                                            m.seriesCount(),
                                            m.parallelCount(),
                                            m.nominalVoltageV(),
                                            m.massKg(),
                                            m.housing(),
                                            m.cellJoining(),
                                            condition,
                                            m.sohPct(),
                                            m.cellCount(),
                                            m.cellFormat(),
                                            m.cellSizeCode()));
            return this;
        }

        public Builder replaced(String removedSerial, String installedSerial, String reason) {
            replaced.add(
                    new PackView.ReplacedPart(
                            "MODULE",
                            removedSerial,
                            installedSerial,
                            Instant.parse("2024-09-15T10:00:00Z"),
                            reason));
            return this;
        }

        public Builder fastener(
                String ref,
                FastenerType type,
                String size,
                Drive drive,
                int count,
                Double torqueNm,
                boolean singleUse) {
            fasteners.add(
                    new PackView.Fastener(
                            ref, type, size, drive, count, "steel", torqueNm, null, singleUse,
                            false, null));
            return this;
        }

        public Builder joint(
                String ref, JointType type, String part, String attachedTo, String fastenerRef) {
            joints.add(new PackView.Joint(ref, type, part, attachedTo, fastenerRef, null, null));
            return this;
        }

        public Builder connector(
                String ref,
                ConnectorType type,
                VoltageClass voltageClass,
                String part,
                String matesWith) {
            connectors.add(
                    new PackView.Connector(ref, type, voltageClass, null, part, matesWith, null));
            return this;
        }

        /** Joint refs in assembly order; connector refs are prefixed with {@code C:}. */
        public Builder sequence(String... refs) {
            sequence.addAll(List.of(refs));
            return this;
        }

        void lid(boolean sealed, String... fastenerRefs) {
            if (components.stream().noneMatch(c -> c.ref().equals("HOUSING"))) {
                component("HOUSING", ComponentKind.HOUSING, "Pack housing", false, null);
            }
            component("LID", ComponentKind.LID, "Pack lid", false, 20.0);
            if (msd != null) {
                component("MSD", ComponentKind.SERVICE_DISCONNECT, msd, true, 0.3);
            }
            if (sealed) {
                joint("J-LID-SEAL", JointType.ADHESIVE, "LID", "HOUSING", null);
            }
            for (int i = 0; i < fastenerRefs.length; i++) {
                joint("J-LID-" + (i + 1), JointType.BOLTED, "LID", "HOUSING", fastenerRefs[i]);
            }
        }

        void modular(
                int count,
                int cellsPerModule,
                int s,
                int p,
                double volts,
                double massKg,
                ModuleHousing housing,
                JointType cellJoining,
                Spec holdDown,
                Spec busbarNut) {
            fastener(
                    "MOD-HOLD",
                    holdDown.type(),
                    holdDown.size(),
                    holdDown.drive(),
                    holdDown.count(),
                    holdDown.torqueNm(),
                    false);
            fastener(
                    "BB-NUTS",
                    busbarNut.type(),
                    busbarNut.size(),
                    busbarNut.drive(),
                    busbarNut.count(),
                    busbarNut.torqueNm(),
                    false);
            fastener("BMS-SCREWS", FastenerType.SCREW, "M5", Drive.TORX, 4, 5.0, false);
            component("BMS", ComponentKind.BMS, "Battery management controller", false, 2.5);
            component("JB", ComponentKind.JUNCTION_BOX, "Junction box with contactors", true, 6.0);
            List<String> modulesFirst = new ArrayList<>();
            List<String> thenBusbars = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                String ref = String.format("M%02d", i);
                component(ref, ComponentKind.MODULE, "Module " + ref, true, massKg);
                module(
                        ref,
                        identifier + "-" + ref,
                        i,
                        s,
                        p,
                        volts,
                        massKg,
                        housing,
                        cellJoining,
                        cellsPerModule);
                joint("J-" + ref, JointType.BOLTED, ref, "HOUSING", "MOD-HOLD");
                modulesFirst.add("J-" + ref);
                String busbar = "BB" + String.format("%02d", i);
                component(busbar, ComponentKind.BUSBAR, "Busbar " + busbar, true, 0.2);
                joint("J-" + busbar + "-A", JointType.BOLTED, busbar, ref, "BB-NUTS");
                String next = i < count ? String.format("M%02d", i + 1) : "JB";
                joint("J-" + busbar + "-B", JointType.BOLTED, busbar, next, "BB-NUTS");
                thenBusbars.add("J-" + busbar + "-A");
                thenBusbars.add("J-" + busbar + "-B");
                connector("SL" + ref, ConnectorType.SENSE_LEAD, VoltageClass.LV, ref, "BMS");
                thenBusbars.add("C:SL" + ref);
            }
            joint("J-BMS", JointType.SCREWED, "BMS", "HOUSING", "BMS-SCREWS");
            joint("J-JB", JointType.BOLTED, "JB", "HOUSING", "MOD-HOLD");
            connector("HV-MAIN", ConnectorType.HV_MAIN, VoltageClass.HV, "JB", null);
            connector("C-MSD", ConnectorType.SERVICE_DISCONNECT, VoltageClass.HV, "MSD", "JB");
            sequence.addAll(modulesFirst);
            sequence.add("J-JB");
            sequence.addAll(thenBusbars);
            sequence.add("J-BMS");
            sequence.add("J-LID-SEAL");
            sequence.add("J-LID-1");
            sequence.add("J-LID-2");
        }

        public PackView build() {
            List<PackView.JoiningStep> steps = new ArrayList<>();
            int no = 1;
            for (String ref : sequence) {
                boolean connector = ref.startsWith("C:");
                String bare = connector ? ref.substring(2) : ref;
                boolean known =
                        connector
                                ? connectors.stream().anyMatch(c -> c.ref().equals(bare))
                                : joints.stream().anyMatch(j -> j.ref().equals(bare));
                if (known) {
                    steps.add(
                            new PackView.JoiningStep(
                                    no++, connector ? null : bare, connector ? bare : null));
                }
            }
            PackView.Pack pack =
                    new PackView.Pack(
                            series,
                            parallel,
                            cellToPack,
                            "aluminium",
                            cooling,
                            coolant,
                            cooling == Cooling.LIQUID ? 8.0 : null,
                            "BMS",
                            msd,
                            msdLocation,
                            capacitorSeconds,
                            shortCircuitA,
                            cellFormat,
                            null);
            return new PackView(
                    identifier,
                    model,
                    category,
                    chemistry,
                    BatteryStatus.ORIGINAL,
                    false,
                    massKg,
                    capacityAh,
                    energyKwh,
                    minV,
                    nominalV,
                    maxV,
                    70.0,
                    8,
                    cellCount,
                    pack,
                    components,
                    modules,
                    fasteners,
                    joints,
                    connectors,
                    steps,
                    events,
                    replaced,
                    sox);
        }
    }
}
