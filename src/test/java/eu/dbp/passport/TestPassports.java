package eu.dbp.passport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Small, valid passport documents for tests: a 2-module pouch pack with its supply chain. */
public final class TestPassports {

    private TestPassports() {}

    public static PassportDocument small(String id) {
        return small(id, "CAM-TEST-" + id, "MB-TEST-" + id);
    }

    /**
     * A valid document whose cells name the given CAM lot, defined (with one batch) in the
     * document.
     */
    public static PassportDocument small(String id, String camLot, String batch) {
        List<PassportDocument.Component> components =
                List.of(
                        component("tray", ComponentKind.HOUSING, false),
                        component("lid", ComponentKind.LID, false),
                        component("msd", ComponentKind.SERVICE_DISCONNECT, true),
                        component("jbox", ComponentKind.JUNCTION_BOX, true),
                        component("M1", ComponentKind.MODULE, true),
                        component("M2", ComponentKind.MODULE, true),
                        component("bb-1", ComponentKind.BUSBAR, true));
        List<PassportDocument.Module> modules =
                List.of(module(id, "M1", 1, camLot), module(id, "M2", 2, camLot));
        List<PassportDocument.Fastener> fasteners =
                List.of(
                        new PassportDocument.Fastener(
                                "lid-bolts",
                                FastenerType.BOLT,
                                "M6",
                                Drive.HEX,
                                10,
                                "steel",
                                dec(8),
                                null,
                                false,
                                false,
                                "lid"),
                        new PassportDocument.Fastener(
                                "module-bolts",
                                FastenerType.BOLT,
                                "M8",
                                Drive.TORX,
                                8,
                                "steel",
                                dec(20),
                                null,
                                false,
                                false,
                                "modules"));
        List<PassportDocument.Joint> joints =
                List.of(
                        new PassportDocument.Joint(
                                "j-M1", JointType.BOLTED, "M1", "tray", "module-bolts", null, null),
                        new PassportDocument.Joint(
                                "j-M2", JointType.BOLTED, "M2", "tray", "module-bolts", null, null),
                        new PassportDocument.Joint(
                                "j-bb", JointType.WELDED, "bb-1", "M1", null, null, null),
                        new PassportDocument.Joint(
                                "j-lid", JointType.BOLTED, "lid", "tray", "lid-bolts", null, null));
        List<PassportDocument.Connector> connectors =
                List.of(
                        new PassportDocument.Connector(
                                "msd-plug",
                                ConnectorType.SERVICE_DISCONNECT,
                                VoltageClass.HV,
                                dec(60),
                                "msd",
                                "jbox",
                                "top"),
                        new PassportDocument.Connector(
                                "hv-main",
                                ConnectorType.HV_MAIN,
                                VoltageClass.HV,
                                dec(60),
                                "jbox",
                                null,
                                "front"));
        PassportDocument.Design design =
                new PassportDocument.Design(
                        new PassportDocument.PackDesign(
                                14,
                                2,
                                false,
                                "aluminium",
                                null,
                                null,
                                null,
                                Cooling.AIR,
                                null,
                                null,
                                "test BMS",
                                "service plug",
                                "top",
                                30,
                                null),
                        components,
                        modules,
                        List.of(),
                        fasteners,
                        joints,
                        connectors,
                        List.of("j-M1", "j-M2", "j-bb", "hv-main", "msd-plug", "j-lid"));

        return new PassportDocument(
                id,
                "Test pack 2 kWh",
                "SN-" + id,
                BatteryCategory.INDUSTRIAL,
                Chemistry.NMC811,
                null,
                null,
                null,
                null,
                new PassportDocument.Manufacturing(
                        "Enschede", "NL", dec(52.22), dec(6.89), LocalDate.of(2024, 5, 1), null),
                dec(25),
                new PassportDocument.Ratings(
                        dec(40), dec(2.1), dec(42), dec(51.8), dec(58.8), dec(5000), null, 3000,
                        null, null, null, null),
                new PassportDocument.Circularity(
                        "Water", List.of("lithium", "nickel"), null, null, null, null, null),
                null,
                null,
                false,
                List.of(),
                List.of(),
                List.of(),
                List.of(
                        new PassportDocument.MaterialBatch(
                                batch,
                                PassportDocument.Material.NICKEL,
                                "NiSO4",
                                "Test mine",
                                "AU",
                                dec(-30.7),
                                dec(121.5),
                                LocalDate.of(2023, 1, 1),
                                dec(100),
                                true,
                                false,
                                dec(0))),
                List.of(
                        new PassportDocument.CamLot(
                                camLot,
                                Chemistry.NMC811,
                                "LiNi0.8Mn0.1Co0.1O2",
                                "Test CAM",
                                LocalDate.of(2023, 6, 1),
                                dec(50),
                                List.of(new PassportDocument.CamInput(batch, dec(100))))),
                List.of(
                        new PassportDocument.CellModel(
                                "TEST-POUCH-20",
                                "Test cells",
                                CellFormat.POUCH,
                                "P20",
                                Chemistry.NMC811,
                                "graphite",
                                "LiPF6",
                                "PE",
                                dec(3.7),
                                dec(3.0),
                                dec(4.2),
                                dec(20),
                                dec(400),
                                null,
                                null,
                                null,
                                null)),
                design,
                List.of(),
                null);
    }

    /** The small test pack under a model name of its own, so that what it teaches stays apart. */
    public static PassportDocument small(String id, String model) {
        PassportDocument d = small(id);
        return new PassportDocument(
                id,
                model,
                d.serialNumber(),
                d.batteryCategory(),
                d.batteryChemistry(),
                null,
                null,
                null,
                null,
                d.manufacturing(),
                d.batteryMass(),
                d.ratings(),
                d.circularity(),
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                d.materialBatches(),
                d.camLots(),
                d.cellModels(),
                d.design(),
                List.of(),
                null);
    }

    private static PassportDocument.Component component(
            String ref, ComponentKind kind, boolean hv) {
        return new PassportDocument.Component(ref, kind, ref, null, hv, null, null, null, null);
    }

    private static PassportDocument.Module module(
            String id, String ref, int position, String camLot) {
        List<PassportDocument.Cell> cells =
                java.util.stream.IntStream.rangeClosed(1, 14)
                        .mapToObj(
                                c ->
                                        new PassportDocument.Cell(
                                                id + "-" + ref + "-C" + c,
                                                position * 100 + c,
                                                "TEST-POUCH-20",
                                                camLot))
                        .toList();
        return new PassportDocument.Module(
                ref,
                id + "-" + ref,
                position,
                7,
                2,
                dec(25.9),
                dec(5),
                ModuleHousing.BOLTED_CASE,
                JointType.WELDED,
                null,
                dec(99),
                cells);
    }

    static BigDecimal dec(double value) {
        return BigDecimal.valueOf(value);
    }
}
