package eu.dbp.demo;

import static eu.dbp.demo.PackBuilder.decimal;

import eu.dbp.passport.BatteryCategory;
import eu.dbp.passport.CellFormat;
import eu.dbp.passport.Chemistry;
import eu.dbp.passport.ComponentKind;
import eu.dbp.passport.ConnectorType;
import eu.dbp.passport.Cooling;
import eu.dbp.passport.Drive;
import eu.dbp.passport.FastenerType;
import eu.dbp.passport.JointType;
import eu.dbp.passport.ModuleHousing;
import eu.dbp.passport.PassportDocument;
import eu.dbp.passport.PassportDocument.CamInput;
import eu.dbp.passport.PassportDocument.CamLot;
import eu.dbp.passport.PassportDocument.CellModel;
import eu.dbp.passport.PassportDocument.Material;
import eu.dbp.passport.PassportDocument.MaterialBatch;
import eu.dbp.passport.VoltageClass;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The reference packs of {@code shared/reference/domain.md} as passport documents: Nissan Leaf 24
 * kWh (RP-1), Tesla Model S 85 (RP-2), VW MEB 82 kWh (RP-5), an LFP cell-to-pack pack (RP-7) and a
 * 36 V e-bike battery (RP-8). Values the reference marks [S] are sourced there; counts, torques and
 * the like marked [A] are assumptions for testing, so every demo passport carries {@code
 * assumedValues = true} and must not be shown as OEM data.
 */
final class DemoPacks {

    static final String LEAF = "DEMO-LEAF-24-0001";
    static final String TESLA = "DEMO-TESLA-S85-0001";
    static final String MEB = "DEMO-MEB-82-0001";
    static final String LFP = "DEMO-LFP-CTP-0001";
    static final String EBIKE = "DEMO-EBIKE-500-0001";

    private DemoPacks() {}

    // --- RP-1 Nissan Leaf 24 kWh (AZE0): 96s2p, 48 modules of 4 pouch cells (2s2p), passive
    // ---------

    static PassportDocument leaf() {
        PackBuilder b = new PackBuilder(LEAF);
        b.component(
                        "tray",
                        ComponentKind.HOUSING,
                        "Battery tray (lower case)",
                        "vehicle floor",
                        false,
                        48.0,
                        "steel",
                        "295B0-LEAF-TRAY")
                .component(
                        "lid",
                        ComponentKind.LID,
                        "Upper case",
                        "top",
                        false,
                        14.0,
                        "steel",
                        "295B1-LEAF-LID")
                .component(
                        "lid-seal",
                        ComponentKind.SEAL,
                        "Lid sealant gasket",
                        "lid perimeter",
                        false,
                        null,
                        "butyl sealant",
                        null)
                .component(
                        "lbc",
                        ComponentKind.BMS,
                        "Li-ion battery controller (LBC)",
                        "front, under lid",
                        false,
                        1.2,
                        null,
                        "295B0-LBC")
                .component(
                        "jbox",
                        ComponentKind.JUNCTION_BOX,
                        "Junction box with main relays",
                        "front centre",
                        true,
                        3.5,
                        null,
                        "295B0-JB")
                .component(
                        "msd",
                        ComponentKind.SERVICE_DISCONNECT,
                        "Service plug",
                        "top centre, under access cover",
                        true,
                        0.4,
                        null,
                        "295B0-SP")
                .component(
                        "stack-fl",
                        ComponentKind.BRACKET,
                        "Module stack front left (end plates, stack members)",
                        "front LH",
                        false,
                        6.0,
                        "steel",
                        null)
                .component(
                        "stack-fr",
                        ComponentKind.BRACKET,
                        "Module stack front right",
                        "front RH",
                        false,
                        6.0,
                        "steel",
                        null)
                .component(
                        "stack-r",
                        ComponentKind.BRACKET,
                        "Module stack rear (vertical)",
                        "rear",
                        false,
                        9.0,
                        "steel",
                        null);
        b.fastener(
                        "stack-bolts",
                        FastenerType.BOLT,
                        "16 mm",
                        Drive.HEX,
                        12,
                        "steel",
                        43.0,
                        false,
                        "stack members to tray")
                .fastener(
                        "through-bolts",
                        FastenerType.THROUGH_BOLT,
                        "13 mm",
                        Drive.HEX,
                        12,
                        "steel",
                        20.0,
                        false,
                        "through-bolts with end plates, 4 per stack")
                .fastener(
                        "busbar-nuts",
                        FastenerType.NUT,
                        "10 mm",
                        Drive.HEX,
                        94,
                        "steel",
                        8.0,
                        false,
                        "bus-bar module terminals")
                .fastener(
                        "sense-screws",
                        FastenerType.SCREW,
                        "#1",
                        Drive.PHILLIPS,
                        48,
                        "steel",
                        1.2,
                        false,
                        "sense leads on each module")
                .fastener(
                        "jbox-bolts",
                        FastenerType.BOLT,
                        "10 mm",
                        Drive.HEX,
                        4,
                        "steel",
                        8.0,
                        false,
                        "junction box to tray")
                .fastener(
                        "lbc-bolts",
                        FastenerType.BOLT,
                        "10 mm",
                        Drive.HEX,
                        4,
                        "steel",
                        6.0,
                        false,
                        "LBC bracket")
                .fastener(
                        "lid-edge-bolts",
                        FastenerType.BOLT,
                        "10 mm",
                        Drive.HEX,
                        12,
                        "steel",
                        6.5,
                        false,
                        "lid edges")
                .fastener(
                        "lid-msd-bolts",
                        FastenerType.BOLT,
                        "10 mm",
                        Drive.HEX,
                        6,
                        "steel",
                        6.5,
                        false,
                        "around the service disconnect");
        b.join("j-stack-fl", JointType.BOLTED, "stack-fl", "tray", "stack-bolts", null)
                .join("j-stack-fr", JointType.BOLTED, "stack-fr", "tray", "stack-bolts", null)
                .join("j-stack-r", JointType.BOLTED, "stack-r", "tray", "stack-bolts", null);
        String camLot = "CAM-LMO-AESC-2013-07";
        for (int m = 1; m <= 48; m++) {
            String ref = "M" + String.format("%02d", m);
            String stack = m <= 12 ? "stack-fl" : m <= 24 ? "stack-fr" : "stack-r";
            double soh = m == 17 ? 61.0 : 72.0 + (m * 7 % 11);
            b.module(
                            ref,
                            m,
                            2,
                            2,
                            7.5,
                            3.8,
                            ModuleHousing.BOLTED_CASE,
                            JointType.WELDED,
                            soh,
                            "AESC-L24-POUCH",
                            camLot)
                    .join(
                            "j-" + ref,
                            JointType.BOLTED,
                            ref,
                            stack,
                            "through-bolts",
                            "clamped in the stack");
        }
        for (int m = 1; m < 48; m++) {
            String a = "M" + String.format("%02d", m);
            String c = "M" + String.format("%02d", m + 1);
            b.component(
                            "bb-" + a,
                            ComponentKind.BUSBAR,
                            "Bus bar " + a + "-" + c,
                            "bus-bar module",
                            true,
                            0.05,
                            "copper",
                            null)
                    .join(
                            "j-bb-" + a,
                            JointType.BOLTED,
                            "bb-" + a,
                            a,
                            "busbar-nuts",
                            "bolted to both terminals");
        }
        for (int m = 1; m <= 48; m++) {
            String ref = "M" + String.format("%02d", m);
            b.connect(
                    "sense-" + ref,
                    ConnectorType.SENSE_LEAD,
                    VoltageClass.LV,
                    8.4,
                    ref,
                    "lbc",
                    "module terminal");
        }
        b.join("j-jbox", JointType.BOLTED, "jbox", "tray", "jbox-bolts", null)
                .join("j-lbc", JointType.BOLTED, "lbc", "tray", "lbc-bolts", null)
                .connect(
                        "hv-main",
                        ConnectorType.HV_MAIN,
                        VoltageClass.HV,
                        403.2,
                        "jbox",
                        null,
                        "front, to the inverter")
                .connect(
                        "lv-12v",
                        ConnectorType.LV_SUPPLY,
                        VoltageClass.LV,
                        12.0,
                        "lbc",
                        null,
                        "front harness")
                .connect(
                        "msd-plug",
                        ConnectorType.SERVICE_DISCONNECT,
                        VoltageClass.HV,
                        403.2,
                        "msd",
                        "jbox",
                        "top centre")
                .join(
                        "j-lid-seal",
                        JointType.ADHESIVE,
                        "lid",
                        "lid-seal",
                        null,
                        "sealant gasket: cut, not pried")
                .join("j-lid-edges", JointType.BOLTED, "lid", "tray", "lid-edge-bolts", null)
                .join("j-lid-msd", JointType.BOLTED, "lid", "tray", "lid-msd-bolts", null);
        PassportDocument.PackDesign pack =
                new PassportDocument.PackDesign(
                        96,
                        2,
                        false,
                        "steel",
                        decimal(1570.5),
                        decimal(1188.0),
                        decimal(264.9),
                        Cooling.PASSIVE,
                        null,
                        null,
                        "Li-ion battery controller (LBC)",
                        "Service plug",
                        "top centre, under the rear seat access cover",
                        300,
                        decimal(6000.0));

        return document(
                LEAF,
                "Nissan Leaf 24 kWh (AZE0)",
                "AESC-24-0001",
                BatteryCategory.EV,
                Chemistry.LMO,
                new PassportDocument.Manufacturing(
                        "Smyrna, Tennessee",
                        "US",
                        decimal(35.98),
                        decimal(-86.52),
                        LocalDate.of(2014, 3, 1),
                        LocalDate.of(2014, 5, 12)),
                294.0,
                new PassportDocument.Ratings(
                        decimal(65.0),
                        decimal(24.0),
                        decimal(240.0),
                        decimal(360.0),
                        decimal(403.2),
                        decimal(80000.0),
                        decimal(90000.0),
                        1000,
                        decimal(8.0),
                        decimal(70.0),
                        decimal(-20.0),
                        decimal(45.0)),
                List.of(
                        batch(
                                "MB-LI-ATACAMA-2013-02",
                                Material.LITHIUM,
                                "Li2CO3",
                                "SQM",
                                "CL",
                                -23.5,
                                -68.2),
                        batch(
                                "MB-MN-KALAHARI-2013-01",
                                Material.MANGANESE,
                                "MnO2",
                                "South32",
                                "ZA",
                                -27.1,
                                22.9),
                        batch(
                                "MB-GR-HEILONGJIANG-2013-03",
                                Material.GRAPHITE,
                                "natural graphite",
                                "BTR",
                                "CN",
                                45.8,
                                130.9)),
                List.of(
                        new CamLot(
                                camLot,
                                Chemistry.LMO,
                                "LiMn2O4 blended with NCA",
                                "Nichia",
                                LocalDate.of(2013, 7, 1),
                                decimal(12000.0),
                                List.of(
                                        new CamInput("MB-LI-ATACAMA-2013-02", decimal(30.0)),
                                        new CamInput("MB-MN-KALAHARI-2013-01", decimal(70.0))))),
                List.of(
                        new CellModel(
                                "AESC-L24-POUCH",
                                "AESC",
                                CellFormat.POUCH,
                                "261x216x7.9",
                                Chemistry.LMO,
                                "graphite",
                                "LiPF6 in EC/DEC",
                                "PP/PE/PP",
                                decimal(3.75),
                                decimal(2.5),
                                decimal(4.2),
                                decimal(32.5),
                                decimal(787.0),
                                decimal(261.0),
                                decimal(216.0),
                                decimal(7.9),
                                null)),
                b.build(pack),
                "Smyrna pack plant",
                "US");
    }

    // --- RP-2 Tesla Model S 85: 96s74p, 16 modules of 444 18650 cells, liquid glycol
    // --------------

    static PassportDocument teslaModelS() {
        PackBuilder b = new PackBuilder(TESLA);
        b.component(
                        "tray",
                        ComponentKind.HOUSING,
                        "Pack enclosure with crush structure",
                        "vehicle floor",
                        false,
                        120.0,
                        "aluminium",
                        "1014114-00")
                .component(
                        "lid",
                        ComponentKind.LID,
                        "Pack top cover",
                        "top",
                        false,
                        18.0,
                        "aluminium",
                        "1014115-00")
                .component(
                        "coolant",
                        ComponentKind.COOLANT_CIRCUIT,
                        "Glycol coolant loop",
                        "between module rows",
                        false,
                        9.0,
                        "aluminium tubing",
                        null)
                .component(
                        "bms",
                        ComponentKind.BMS,
                        "Battery management board",
                        "rear bay",
                        false,
                        0.8,
                        null,
                        "1014116-00")
                .component(
                        "hv-jb",
                        ComponentKind.JUNCTION_BOX,
                        "HV junction box with contactors and pyro fuse",
                        "rear bay",
                        true,
                        6.0,
                        null,
                        "1014117-00")
                .component(
                        "msd",
                        ComponentKind.SERVICE_DISCONNECT,
                        "Service loop / mid-pack fuse access",
                        "rear bay",
                        true,
                        0.3,
                        null,
                        null);
        b.fastener(
                        "module-hold-down",
                        FastenerType.BOLT,
                        "M8",
                        Drive.TORX,
                        64,
                        "steel",
                        20.0,
                        false,
                        "4 per module")
                .fastener(
                        "busbar-bolts",
                        FastenerType.BOLT,
                        "M6",
                        Drive.HEX,
                        60,
                        "steel",
                        9.0,
                        true,
                        "inter-module busbars (replace)")
                .fastener(
                        "jb-bolts",
                        FastenerType.BOLT,
                        "M6",
                        Drive.TORX,
                        6,
                        "steel",
                        6.0,
                        false,
                        "junction box")
                .fastener(
                        "lid-fasteners",
                        FastenerType.SCREW,
                        "M6",
                        Drive.TORX,
                        140,
                        "steel",
                        6.0,
                        false,
                        "top cover perimeter and centre rail");
        b.join(
                "j-coolant",
                JointType.CLIPPED,
                "coolant",
                "tray",
                null,
                "coolant tubes clipped between modules");
        String camLot = "CAM-NCA-PANA-2014-02";
        for (int m = 1; m <= 16; m++) {
            String ref = "M" + String.format("%02d", m);
            b.module(
                            ref,
                            m,
                            6,
                            74,
                            21.6,
                            25.0,
                            ModuleHousing.OPEN_FRAME,
                            JointType.WIRE_BONDED,
                            86.0 + m % 4,
                            "PANA-NCR18650B",
                            camLot)
                    .join("j-" + ref, JointType.BOLTED, ref, "tray", "module-hold-down", null);
        }
        for (int m = 1; m < 16; m++) {
            String a = "M" + String.format("%02d", m);
            b.component(
                            "bb-" + a,
                            ComponentKind.BUSBAR,
                            "Busbar " + a,
                            "between modules",
                            true,
                            0.1,
                            "copper",
                            null)
                    .join(
                            "j-bb-" + a,
                            JointType.BOLTED,
                            "bb-" + a,
                            a,
                            "busbar-bolts",
                            "single-use bolts");
        }
        for (int m = 1; m <= 16; m++) {
            String ref = "M" + String.format("%02d", m);
            b.connect(
                    "sense-" + ref,
                    ConnectorType.SENSE_LEAD,
                    VoltageClass.LV,
                    25.2,
                    ref,
                    "bms",
                    "module BMB");
            b.connect(
                    "cool-" + ref,
                    ConnectorType.COOLANT_COUPLING,
                    VoltageClass.NONE,
                    null,
                    ref,
                    "coolant",
                    "module cooling tube");
        }
        b.join("j-hv-jb", JointType.BOLTED, "hv-jb", "tray", "jb-bolts", null)
                .join("j-bms", JointType.CLIPPED, "bms", "tray", null, null)
                .connect(
                        "hv-main",
                        ConnectorType.HV_MAIN,
                        VoltageClass.HV,
                        403.0,
                        "hv-jb",
                        null,
                        "rear, to drive unit")
                .connect(
                        "lv-12v",
                        ConnectorType.LV_SUPPLY,
                        VoltageClass.LV,
                        12.0,
                        "bms",
                        null,
                        "rear harness")
                .connect(
                        "msd-plug",
                        ConnectorType.SERVICE_DISCONNECT,
                        VoltageClass.HV,
                        403.0,
                        "msd",
                        "hv-jb",
                        "rear bay")
                .connect(
                        "coolant-inlet",
                        ConnectorType.COOLANT_COUPLING,
                        VoltageClass.NONE,
                        null,
                        "coolant",
                        null,
                        "front of pack")
                .join(
                        "j-lid",
                        JointType.SCREWED,
                        "lid",
                        "tray",
                        "lid-fasteners",
                        "each fastener has its own torque");
        PassportDocument.PackDesign pack =
                new PassportDocument.PackDesign(
                        96,
                        74,
                        false,
                        "aluminium",
                        decimal(2100.0),
                        decimal(1200.0),
                        decimal(150.0),
                        Cooling.LIQUID,
                        "water-glycol 50/50",
                        decimal(8.0),
                        "Tesla BMS with 16 module boards",
                        "Mid-pack service loop",
                        "rear bay behind access panel",
                        120,
                        decimal(15000.0));

        return document(
                TESLA,
                "Tesla Model S 85 kWh",
                "TSLA-S85-0001",
                BatteryCategory.EV,
                Chemistry.NCA,
                new PassportDocument.Manufacturing(
                        "Fremont, California",
                        "US",
                        decimal(37.49),
                        decimal(-121.94),
                        LocalDate.of(2015, 6, 1),
                        LocalDate.of(2015, 8, 20)),
                540.0,
                new PassportDocument.Ratings(
                        decimal(232.0),
                        decimal(85.0),
                        decimal(240.0),
                        decimal(350.0),
                        decimal(403.0),
                        decimal(270000.0),
                        decimal(310000.0),
                        1500,
                        decimal(10.0),
                        decimal(70.0),
                        decimal(-30.0),
                        decimal(60.0)),
                List.of(
                        batch(
                                "MB-NI-SULAWESI-2014-01",
                                Material.NICKEL,
                                "NiSO4",
                                "Vale",
                                "ID",
                                -2.5,
                                121.4),
                        batch(
                                "MB-CO-KATANGA-2014-01",
                                Material.COBALT,
                                "Co(OH)2",
                                "Glencore",
                                "CD",
                                -10.7,
                                25.5),
                        batch(
                                "MB-LI-GREENBUSHES-2014-01",
                                Material.LITHIUM,
                                "LiOH",
                                "Talison",
                                "AU",
                                -33.9,
                                116.1),
                        batch(
                                "MB-AL-NORWAY-2014-01",
                                Material.ALUMINIUM,
                                "Al(OH)3",
                                "Hydro",
                                "NO",
                                59.9,
                                10.7)),
                List.of(
                        new CamLot(
                                camLot,
                                Chemistry.NCA,
                                "LiNi0.80Co0.15Al0.05O2",
                                "Sumitomo Metal Mining",
                                LocalDate.of(2014, 2, 1),
                                decimal(40000.0),
                                List.of(
                                        new CamInput("MB-NI-SULAWESI-2014-01", decimal(60.0)),
                                        new CamInput("MB-CO-KATANGA-2014-01", decimal(15.0)),
                                        new CamInput("MB-LI-GREENBUSHES-2014-01", decimal(20.0)),
                                        new CamInput("MB-AL-NORWAY-2014-01", decimal(5.0))))),
                List.of(
                        new CellModel(
                                "PANA-NCR18650B",
                                "Panasonic",
                                CellFormat.CYLINDRICAL,
                                "18650",
                                Chemistry.NCA,
                                "graphite",
                                "LiPF6 in EC/DMC",
                                "PE",
                                decimal(3.6),
                                decimal(2.5),
                                decimal(4.2),
                                decimal(3.4),
                                decimal(48.5),
                                decimal(65.0),
                                null,
                                null,
                                decimal(18.0))),
                b.build(pack),
                "Fremont pack line",
                "US");
    }

    // --- RP-5 VW MEB 82 kWh: 96s3p, 12 welded modules of 24 pouch cells, liquid ------------------

    static PassportDocument meb() {
        return meb(MEB, "MEB", 12, 1.0);
    }

    /**
     * An MEB-like pack; the benchmark generator varies the identifier and serial prefix.
     *
     * @param sohFactor scales the module SoH values, to vary synthetic packs
     */
    static PassportDocument meb(String id, String serialPrefix, int moduleCount, double sohFactor) {
        PackBuilder b = new PackBuilder(id);
        b.component(
                        "tray",
                        ComponentKind.HOUSING,
                        "Aluminium housing with crash frame",
                        "vehicle floor",
                        false,
                        95.0,
                        "aluminium",
                        "1EA915105")
                .component(
                        "top-cover",
                        ComponentKind.LID,
                        "Top cover",
                        "top",
                        false,
                        12.0,
                        "aluminium",
                        "1EA915443")
                .component(
                        "cooling-plate",
                        ComponentKind.COOLING_PLATE,
                        "Cooling plate under the modules",
                        "bottom",
                        false,
                        18.0,
                        "aluminium",
                        null)
                .component(
                        "coolant",
                        ComponentKind.COOLANT_CIRCUIT,
                        "Coolant circuit",
                        "front connections",
                        false,
                        2.0,
                        null,
                        null)
                .component(
                        "bmc",
                        ComponentKind.BMS,
                        "Battery management controller (BMC)",
                        "front",
                        false,
                        1.0,
                        null,
                        "1EA915234")
                .component(
                        "jbox",
                        ComponentKind.JUNCTION_BOX,
                        "Battery junction box (BJB)",
                        "front",
                        true,
                        4.0,
                        null,
                        "1EA915236")
                .component(
                        "msd",
                        ComponentKind.SERVICE_DISCONNECT,
                        "HV service disconnect",
                        "front",
                        true,
                        0.3,
                        null,
                        null);
        b.fastener(
                        "housing-to-body",
                        FastenerType.BOLT,
                        "M12",
                        Drive.HEX,
                        24,
                        "steel",
                        110.0,
                        true,
                        "housing to vehicle body")
                .fastener(
                        "module-bolts",
                        FastenerType.BOLT,
                        "M8",
                        Drive.TORX,
                        4 * moduleCount,
                        "steel",
                        22.0,
                        false,
                        "4 per module")
                .fastener(
                        "busbar-screws",
                        FastenerType.SCREW,
                        "M6",
                        Drive.TORX,
                        2 * (moduleCount - 1),
                        "steel",
                        10.0,
                        false,
                        "module connectors")
                .fastener(
                        "jbox-bolts",
                        FastenerType.BOLT,
                        "M6",
                        Drive.TORX,
                        6,
                        "steel",
                        9.0,
                        false,
                        "BJB")
                .fastener(
                        "cover-screws",
                        FastenerType.SCREW,
                        "M6",
                        Drive.TORX,
                        60,
                        "steel",
                        8.0,
                        false,
                        "top cover perimeter");
        b.join(
                "j-cooling-plate",
                JointType.ADHESIVE,
                "cooling-plate",
                "tray",
                null,
                "thermal adhesive");
        String camLot = "CAM-NMC712-LGES-2021-03";
        for (int m = 1; m <= moduleCount; m++) {
            String ref = "M" + String.format("%02d", m);
            double soh = Math.min(100.0, (84.0 + m % 5) * sohFactor);
            b.module(
                            ref,
                            m,
                            8,
                            3,
                            29.2,
                            30.0,
                            ModuleHousing.WELDED_CASE,
                            JointType.WELDED,
                            Math.round(soh * 10) / 10.0,
                            "LGES-E78-POUCH",
                            camLot)
                    .join("j-" + ref, JointType.BOLTED, ref, "tray", "module-bolts", null);
        }
        for (int m = 1; m < moduleCount; m++) {
            String a = "M" + String.format("%02d", m);
            b.component(
                            "bb-" + a,
                            ComponentKind.BUSBAR,
                            "Module connector " + a,
                            "between modules",
                            true,
                            0.08,
                            "aluminium",
                            null)
                    .join("j-bb-" + a, JointType.SCREWED, "bb-" + a, a, "busbar-screws", null);
        }
        for (int m = 1; m <= moduleCount; m++) {
            String ref = "M" + String.format("%02d", m);
            b.connect(
                    "sense-" + ref,
                    ConnectorType.SENSE_LEAD,
                    VoltageClass.LV,
                    33.6,
                    ref,
                    "bmc",
                    "module controller");
        }
        b.join("j-coolant", JointType.CLIPPED, "coolant", "cooling-plate", null, null)
                .join("j-jbox", JointType.BOLTED, "jbox", "tray", "jbox-bolts", null)
                .join("j-bmc", JointType.CLIPPED, "bmc", "tray", null, null)
                .connect(
                        "hv-main",
                        ConnectorType.HV_MAIN,
                        VoltageClass.HV,
                        408.0,
                        "jbox",
                        null,
                        "front, to the inverter")
                .connect(
                        "lv-12v",
                        ConnectorType.LV_SUPPLY,
                        VoltageClass.LV,
                        12.0,
                        "bmc",
                        null,
                        "front harness")
                .connect(
                        "msd-plug",
                        ConnectorType.SERVICE_DISCONNECT,
                        VoltageClass.HV,
                        408.0,
                        "msd",
                        "jbox",
                        "front")
                .connect(
                        "coolant-in",
                        ConnectorType.COOLANT_COUPLING,
                        VoltageClass.NONE,
                        null,
                        "coolant",
                        null,
                        "front left")
                .join(
                        "j-top-cover",
                        JointType.SCREWED,
                        "top-cover",
                        "tray",
                        "cover-screws",
                        "with seal");
        PassportDocument.PackDesign pack =
                new PassportDocument.PackDesign(
                        96,
                        3,
                        false,
                        "aluminium",
                        decimal(1820.0),
                        decimal(1450.0),
                        decimal(140.0),
                        Cooling.LIQUID,
                        "water-glycol G12evo",
                        decimal(6.5),
                        "BMC with module controllers",
                        "HV service disconnect",
                        "front of the pack",
                        60,
                        decimal(12000.0));

        return document(
                id,
                "VW MEB 82 kWh (ID.3 Pro S)",
                serialPrefix + "-82-" + id.hashCode(),
                BatteryCategory.EV,
                Chemistry.NMC712,
                new PassportDocument.Manufacturing(
                        "Braunschweig",
                        "DE",
                        decimal(52.27),
                        decimal(10.52),
                        LocalDate.of(2021, 9, 1),
                        LocalDate.of(2021, 11, 3)),
                493.0,
                new PassportDocument.Ratings(
                        decimal(234.0),
                        decimal(82.0),
                        decimal(288.0),
                        decimal(350.4),
                        decimal(408.0),
                        decimal(150000.0),
                        decimal(170000.0),
                        2000,
                        decimal(10.0),
                        decimal(70.0),
                        decimal(-30.0),
                        decimal(60.0)),
                List.of(
                        batch(
                                "MB-NI-KALGOORLIE-2021-01",
                                Material.NICKEL,
                                "NiSO4",
                                "BHP Nickel West",
                                "AU",
                                -30.7,
                                121.5),
                        batch(
                                "MB-MN-GABON-2021-01",
                                Material.MANGANESE,
                                "MnSO4",
                                "Eramet",
                                "GA",
                                -1.6,
                                13.6),
                        batch(
                                "MB-CO-KATANGA-2021-01",
                                Material.COBALT,
                                "CoSO4",
                                "Umicore",
                                "CD",
                                -10.7,
                                25.5),
                        batch(
                                "MB-LI-GREENBUSHES-2021-01",
                                Material.LITHIUM,
                                "LiOH",
                                "Tianqi",
                                "AU",
                                -33.9,
                                116.1)),
                List.of(
                        new CamLot(
                                camLot,
                                Chemistry.NMC712,
                                "LiNi0.7Mn0.1Co0.2O2",
                                "LG Chem Cheongju",
                                LocalDate.of(2021, 3, 1),
                                decimal(80000.0),
                                List.of(
                                        new CamInput("MB-NI-KALGOORLIE-2021-01", decimal(55.0)),
                                        new CamInput("MB-MN-GABON-2021-01", decimal(8.0)),
                                        new CamInput("MB-CO-KATANGA-2021-01", decimal(15.0)),
                                        new CamInput("MB-LI-GREENBUSHES-2021-01", decimal(22.0))))),
                List.of(
                        new CellModel(
                                "LGES-E78-POUCH",
                                "LG Energy Solution",
                                CellFormat.POUCH,
                                "LGX E78",
                                Chemistry.NMC712,
                                "graphite",
                                "LiPF6 in EC/EMC",
                                "ceramic-coated PE",
                                decimal(3.65),
                                decimal(3.0),
                                decimal(4.25),
                                decimal(78.0),
                                decimal(1070.0),
                                decimal(352.0),
                                decimal(100.0),
                                decimal(11.0),
                                null)),
                b.build(pack),
                "Braunschweig component plant",
                "DE");
    }

    // --- RP-7 LFP cell-to-pack: 108s1p prismatic, no modules, adhesive
    // ------------------------------

    static PassportDocument lfpCellToPack() {
        PackBuilder b = new PackBuilder(LFP);
        b.component(
                        "tray",
                        ComponentKind.HOUSING,
                        "Structural tray",
                        "vehicle floor",
                        false,
                        70.0,
                        "aluminium",
                        "CTP-TRAY-60")
                .component(
                        "lid", ComponentKind.LID, "Lid", "top", false, 10.0, "steel", "CTP-LID-60")
                .component(
                        "lid-seal",
                        ComponentKind.SEAL,
                        "Lid sealant",
                        "lid perimeter",
                        false,
                        null,
                        "polyurethane sealant",
                        null)
                .component(
                        "cells",
                        ComponentKind.CELL_GROUP,
                        "Cell block (108 prismatic cells)",
                        "tray",
                        true,
                        300.0,
                        null,
                        null)
                .component(
                        "busbars",
                        ComponentKind.BUSBAR,
                        "Laser-welded busbar set",
                        "on the cell block",
                        true,
                        4.0,
                        "aluminium",
                        null)
                .component(
                        "coolant",
                        ComponentKind.COOLANT_CIRCUIT,
                        "Cooling plate circuit",
                        "under the cells",
                        false,
                        6.0,
                        null,
                        null)
                .component("bms", ComponentKind.BMS, "BMS", "front", false, 0.9, null, "CTP-BMS")
                .component(
                        "jbox",
                        ComponentKind.JUNCTION_BOX,
                        "Power distribution unit",
                        "front",
                        true,
                        3.0,
                        null,
                        "CTP-PDU")
                .component(
                        "msd",
                        ComponentKind.SERVICE_DISCONNECT,
                        "Manual service disconnect",
                        "front",
                        true,
                        0.3,
                        null,
                        null);
        b.fastener("jbox-bolts", FastenerType.BOLT, "M6", Drive.HEX, 4, "steel", 9.0, false, "PDU")
                .fastener(
                        "lid-bolts",
                        FastenerType.BOLT,
                        "M6",
                        Drive.HEX,
                        40,
                        "steel",
                        9.0,
                        false,
                        "lid perimeter");
        b.join("j-coolant", JointType.ADHESIVE, "coolant", "tray", null, "bonded cooling plate")
                .join(
                        "j-cells",
                        JointType.ADHESIVE,
                        "cells",
                        "tray",
                        null,
                        "structural adhesive: destructive only")
                .join(
                        "j-busbars",
                        JointType.WELDED,
                        "busbars",
                        "cells",
                        null,
                        "laser-welded to cell terminals")
                .connect(
                        "sense-cells",
                        ConnectorType.SENSE_LEAD,
                        VoltageClass.LV,
                        3.65,
                        "cells",
                        "bms",
                        "cell block")
                .join("j-jbox", JointType.BOLTED, "jbox", "tray", "jbox-bolts", null)
                .join("j-bms", JointType.CLIPPED, "bms", "tray", null, null)
                .connect(
                        "hv-main",
                        ConnectorType.HV_MAIN,
                        VoltageClass.HV,
                        390.0,
                        "jbox",
                        null,
                        "front")
                .connect(
                        "lv-12v",
                        ConnectorType.LV_SUPPLY,
                        VoltageClass.LV,
                        12.0,
                        "bms",
                        null,
                        "front")
                .connect(
                        "msd-plug",
                        ConnectorType.SERVICE_DISCONNECT,
                        VoltageClass.HV,
                        390.0,
                        "msd",
                        "jbox",
                        "front")
                .connect(
                        "coolant-in",
                        ConnectorType.COOLANT_COUPLING,
                        VoltageClass.NONE,
                        null,
                        "coolant",
                        null,
                        "front")
                .join("j-lid-seal", JointType.ADHESIVE, "lid", "lid-seal", null, "sealant: cut")
                .join("j-lid", JointType.BOLTED, "lid", "tray", "lid-bolts", null)
                .packCells(108, "LFP-PRISM-170", "CAM-LFP-2022-05");
        PassportDocument.PackDesign pack =
                new PassportDocument.PackDesign(
                        108,
                        1,
                        true,
                        "aluminium",
                        decimal(1900.0),
                        decimal(1300.0),
                        decimal(120.0),
                        Cooling.LIQUID,
                        "water-glycol",
                        decimal(5.0),
                        "Centralised BMS",
                        "Manual service disconnect",
                        "front",
                        60,
                        decimal(10000.0));

        return document(
                LFP,
                "LFP cell-to-pack 60 kWh",
                "LFP-CTP-0001",
                BatteryCategory.EV,
                Chemistry.LFP,
                new PassportDocument.Manufacturing(
                        "Ningde",
                        "CN",
                        decimal(26.66),
                        decimal(119.52),
                        LocalDate.of(2022, 8, 1),
                        LocalDate.of(2022, 10, 1)),
                400.0,
                new PassportDocument.Ratings(
                        decimal(170.0),
                        decimal(60.0),
                        decimal(270.0),
                        decimal(345.6),
                        decimal(390.0),
                        decimal(120000.0),
                        decimal(140000.0),
                        3000,
                        decimal(12.0),
                        decimal(70.0),
                        decimal(-30.0),
                        decimal(55.0)),
                List.of(
                        batch(
                                "MB-LI-QINGHAI-2022-01",
                                Material.LITHIUM,
                                "Li2CO3",
                                "Qinghai Salt Lake",
                                "CN",
                                36.6,
                                95.0),
                        batch(
                                "MB-FE-HUBEI-2022-01",
                                Material.IRON,
                                "FePO4",
                                "Hubei Xingfa",
                                "CN",
                                30.6,
                                111.3),
                        batch(
                                "MB-P-YUNNAN-2022-01",
                                Material.PHOSPHATE,
                                "H3PO4",
                                "Yuntianhua",
                                "CN",
                                24.9,
                                102.8)),
                List.of(
                        new CamLot(
                                "CAM-LFP-2022-05",
                                Chemistry.LFP,
                                "LiFePO4/C",
                                "Dynanonic",
                                LocalDate.of(2022, 5, 1),
                                decimal(50000.0),
                                List.of(
                                        new CamInput("MB-LI-QINGHAI-2022-01", decimal(25.0)),
                                        new CamInput("MB-FE-HUBEI-2022-01", decimal(55.0)),
                                        new CamInput("MB-P-YUNNAN-2022-01", decimal(20.0))))),
                List.of(
                        new CellModel(
                                "LFP-PRISM-170",
                                "Generic LFP maker",
                                CellFormat.PRISMATIC,
                                "CB-170",
                                Chemistry.LFP,
                                "graphite",
                                "LiPF6 in EC/DMC",
                                "PE",
                                decimal(3.2),
                                decimal(2.5),
                                decimal(3.65),
                                decimal(170.0),
                                decimal(3100.0),
                                decimal(174.0),
                                decimal(54.0),
                                decimal(207.0),
                                null)),
                b.build(pack),
                "Ningde pack line",
                "CN");
    }

    // --- RP-8 E-bike 36 V, 10s4p 18650 (LMT): below 60 V, spot-welded strips
    // ------------------------

    static PassportDocument ebike() {
        PackBuilder b = new PackBuilder(EBIKE);
        b.component(
                        "housing",
                        ComponentKind.HOUSING,
                        "Plastic housing (lower shell)",
                        "frame downtube",
                        false,
                        0.3,
                        "PC/ABS",
                        "EB-HOUSING")
                .component(
                        "cover",
                        ComponentKind.LID,
                        "Plastic cover (upper shell)",
                        "top",
                        false,
                        0.2,
                        "PC/ABS",
                        "EB-COVER")
                .component(
                        "bms",
                        ComponentKind.BMS,
                        "BMS board",
                        "end of the cell pack",
                        false,
                        0.05,
                        null,
                        "EB-BMS-10S");
        b.fastener(
                        "cover-screws",
                        FastenerType.SCREW,
                        "M3",
                        Drive.TORX,
                        8,
                        "steel",
                        0.8,
                        false,
                        "cover, T10")
                .fastener(
                        "cover-clips",
                        FastenerType.CLIP,
                        null,
                        Drive.NONE,
                        4,
                        "plastic",
                        null,
                        false,
                        "cover clips along the sides");
        b.module(
                        "pack",
                        1,
                        10,
                        4,
                        36.0,
                        2.0,
                        ModuleHousing.OPEN_FRAME,
                        JointType.WELDED,
                        78.0,
                        "GEN-18650-3350",
                        "CAM-NMC622-2020-11")
                .join(
                        "j-pack",
                        JointType.ADHESIVE,
                        "pack",
                        "housing",
                        null,
                        "foam pads and hot glue")
                .join(
                        "j-bms",
                        JointType.SOLDERED,
                        "bms",
                        "pack",
                        null,
                        "soldered to the nickel-strip taps")
                .connect(
                        "discharge",
                        ConnectorType.LV_SUPPLY,
                        VoltageClass.LV,
                        42.0,
                        "bms",
                        null,
                        "discharge terminal in the cradle")
                .connect(
                        "charge-port",
                        ConnectorType.CHARGE_PORT,
                        VoltageClass.LV,
                        42.0,
                        "housing",
                        null,
                        "side")
                .join("j-cover-clips", JointType.CLIPPED, "cover", "housing", "cover-clips", null)
                .join(
                        "j-cover-screws",
                        JointType.SCREWED,
                        "cover",
                        "housing",
                        "cover-screws",
                        "Torx T10");
        PassportDocument.PackDesign pack =
                new PassportDocument.PackDesign(
                        10,
                        4,
                        false,
                        "PC/ABS",
                        decimal(370.0),
                        decimal(90.0),
                        decimal(80.0),
                        Cooling.PASSIVE,
                        null,
                        null,
                        "10S BMS with balancing",
                        null,
                        null,
                        null,
                        decimal(400.0));

        return document(
                EBIKE,
                "E-bike battery 500 Wh",
                "EB-500-0001",
                BatteryCategory.LMT,
                Chemistry.NMC622,
                new PassportDocument.Manufacturing(
                        "Tilburg",
                        "NL",
                        decimal(51.56),
                        decimal(5.09),
                        LocalDate.of(2020, 11, 1),
                        LocalDate.of(2021, 3, 1)),
                2.6,
                new PassportDocument.Ratings(
                        decimal(13.4),
                        decimal(0.5),
                        decimal(30.0),
                        decimal(36.0),
                        decimal(42.0),
                        decimal(750.0),
                        decimal(1000.0),
                        800,
                        decimal(5.0),
                        null,
                        decimal(-20.0),
                        decimal(45.0)),
                List.of(
                        batch(
                                "MB-NI-NORILSK-2020-01",
                                Material.NICKEL,
                                "NiSO4",
                                "Nornickel",
                                "RU",
                                69.3,
                                88.2),
                        batch(
                                "MB-CO-KATANGA-2020-01",
                                Material.COBALT,
                                "CoSO4",
                                "Umicore",
                                "CD",
                                -10.7,
                                25.5),
                        batch(
                                "MB-LI-ATACAMA-2020-01",
                                Material.LITHIUM,
                                "Li2CO3",
                                "Albemarle",
                                "CL",
                                -23.5,
                                -68.2)),
                List.of(
                        new CamLot(
                                "CAM-NMC622-2020-11",
                                Chemistry.NMC622,
                                "LiNi0.6Mn0.2Co0.2O2",
                                "Umicore",
                                LocalDate.of(2020, 11, 1),
                                decimal(5000.0),
                                List.of(
                                        new CamInput("MB-NI-NORILSK-2020-01", decimal(55.0)),
                                        new CamInput("MB-CO-KATANGA-2020-01", decimal(20.0)),
                                        new CamInput("MB-LI-ATACAMA-2020-01", decimal(25.0))))),
                List.of(
                        new CellModel(
                                "GEN-18650-3350",
                                "Generic",
                                CellFormat.CYLINDRICAL,
                                "18650",
                                Chemistry.NMC622,
                                "graphite",
                                "LiPF6 in EC/DMC",
                                "PE",
                                decimal(3.6),
                                decimal(2.5),
                                decimal(4.2),
                                decimal(3.35),
                                decimal(47.0),
                                decimal(65.0),
                                null,
                                null,
                                decimal(18.0))),
                b.build(pack),
                "Tilburg assembly",
                "NL");
    }

    // --- shared parts ----------------------------------------------------------------------------

    private static MaterialBatch batch(
            String code,
            Material material,
            String compound,
            String supplier,
            String country,
            double lat,
            double lon) {
        boolean critical = material != Material.IRON;
        return new MaterialBatch(
                code,
                material,
                compound,
                supplier,
                country,
                decimal(lat),
                decimal(lon),
                LocalDate.of(2012, 1, 1).plusDays(Math.abs(code.hashCode() % 3000)),
                decimal(20000.0),
                critical,
                material == Material.COBALT || material == Material.NICKEL,
                decimal(code.endsWith("01") ? 4.0 : 0.0));
    }

    private static PassportDocument document(
            String id,
            String model,
            String serial,
            BatteryCategory category,
            Chemistry chemistry,
            PassportDocument.Manufacturing manufacturing,
            double mass,
            PassportDocument.Ratings ratings,
            List<MaterialBatch> batches,
            List<CamLot> lots,
            List<CellModel> cellModels,
            PassportDocument.Design design,
            String site,
            String country) {
        Instant made = manufacturing.date().atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        List<String> crm =
                switch (chemistry) {
                    case LFP -> List.of("lithium", "phosphate rock", "natural graphite");
                    case LMO -> List.of("lithium", "manganese", "natural graphite");
                    default -> List.of("lithium", "nickel", "cobalt", "natural graphite");
                };
        BigDecimal cobalt =
                chemistry == Chemistry.LFP || chemistry == Chemistry.LMO ? null : decimal(4.0);
        return new PassportDocument(
                id,
                model,
                serial,
                category,
                chemistry,
                null,
                null,
                null,
                null,
                manufacturing,
                decimal(mass),
                ratings,
                new PassportDocument.Circularity(
                        "Water in large quantities (class D agents are not effective)",
                        crm,
                        new PassportDocument.RecycledContent(
                                cobalt,
                                decimal(1.0),
                                cobalt == null ? null : decimal(2.0),
                                decimal(0.0)),
                        decimal(5.0),
                        null,
                        null,
                        96),
                new PassportDocument.Performance(
                        decimal(95.0), decimal(92.0), decimal(1.2), decimal(90.0), decimal(1.0)),
                new PassportDocument.Labels(true, false),
                true,
                List.of(),
                List.of(
                        new PassportDocument.HazardousSubstance(
                                "Lithium hexafluorophosphate",
                                "21324-40-3",
                                "Acute Tox. 3; Skin Corr. 1B",
                                decimal(1.5),
                                "ELECTROLYTE")),
                List.of(
                        new PassportDocument.Document(
                                PassportDocument.DocumentType.DECLARATION_OF_CONFORMITY,
                                "EU declaration of conformity",
                                "application/pdf",
                                "https://example.org/dbp-demo/" + id + "/doc.pdf"),
                        new PassportDocument.Document(
                                PassportDocument.DocumentType.WASTE_PREVENTION_INFORMATION,
                                "Collection and recycling information",
                                "text/html",
                                "https://example.org/dbp-demo/waste")),
                batches,
                lots,
                cellModels,
                design,
                List.of(
                        new PassportDocument.ProductionStep(
                                PassportDocument.ProductionStage.CELL_PRODUCTION,
                                "Cell plant of " + cellModels.get(0).manufacturer(),
                                null,
                                null,
                                null,
                                made.minus(java.time.Duration.ofDays(60)),
                                made.minus(java.time.Duration.ofDays(45))),
                        new PassportDocument.ProductionStep(
                                PassportDocument.ProductionStage.MODULE_ASSEMBLY,
                                site,
                                country,
                                manufacturing.latitude(),
                                manufacturing.longitude(),
                                made.minus(java.time.Duration.ofDays(20)),
                                made.minus(java.time.Duration.ofDays(19))),
                        new PassportDocument.ProductionStep(
                                PassportDocument.ProductionStage.PACK_ASSEMBLY,
                                site,
                                country,
                                manufacturing.latitude(),
                                manufacturing.longitude(),
                                made.minus(java.time.Duration.ofDays(10)),
                                made.minus(java.time.Duration.ofDays(9)))),
                null);
    }
}
