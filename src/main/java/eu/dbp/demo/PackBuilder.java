package eu.dbp.demo;

import eu.dbp.passport.ComponentKind;
import eu.dbp.passport.ConnectorType;
import eu.dbp.passport.Drive;
import eu.dbp.passport.FastenerType;
import eu.dbp.passport.JointType;
import eu.dbp.passport.ModuleHousing;
import eu.dbp.passport.PassportDocument;
import eu.dbp.passport.VoltageClass;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the design tree of a demo pack in assembly order: every joint and connector is added to
 * the joining sequence as it is made, so that the sequence reads like the assembly line.
 */
final class PackBuilder {

    private final String id;
    private final List<PassportDocument.Component> components = new ArrayList<>();
    private final List<PassportDocument.Module> modules = new ArrayList<>();
    private final List<PassportDocument.Cell> packCells = new ArrayList<>();
    private final List<PassportDocument.Fastener> fasteners = new ArrayList<>();
    private final List<PassportDocument.Joint> joints = new ArrayList<>();
    private final List<PassportDocument.Connector> connectors = new ArrayList<>();
    private final List<String> sequence = new ArrayList<>();
    private int cellPosition;

    PackBuilder(String id) {
        this.id = id;
    }

    PackBuilder component(
            String ref,
            ComponentKind kind,
            String name,
            String location,
            boolean highVoltage,
            Double massKg,
            String material,
            String partNumber) {
        components.add(
                new PassportDocument.Component(
                        ref,
                        kind,
                        name,
                        location,
                        highVoltage,
                        decimal(massKg),
                        material,
                        partNumber,
                        partNumber == null ? null : "Manufacturer spare-parts service"));
        return this;
    }

    PackBuilder fastener(
            String ref,
            FastenerType type,
            String size,
            Drive drive,
            int count,
            String material,
            Double torqueNm,
            boolean singleUse,
            String location) {
        fasteners.add(
                new PassportDocument.Fastener(
                        ref,
                        type,
                        size,
                        drive,
                        count,
                        material,
                        decimal(torqueNm),
                        null,
                        singleUse,
                        false,
                        location));
        return this;
    }

    /** Joins {@code part} to {@code attachedTo} and appends the joint to the joining sequence. */
    PackBuilder join(
            String ref,
            JointType type,
            String part,
            String attachedTo,
            String fastener,
            String notes) {
        joints.add(new PassportDocument.Joint(ref, type, part, attachedTo, fastener, null, notes));
        sequence.add(ref);
        return this;
    }

    PackBuilder connect(
            String ref,
            ConnectorType type,
            VoltageClass voltageClass,
            Double ratedVoltage,
            String part,
            String matesWith,
            String location) {
        connectors.add(
                new PassportDocument.Connector(
                        ref, type, voltageClass, decimal(ratedVoltage), part, matesWith, location));
        sequence.add(ref);
        return this;
    }

    /** A module component, its module record and its serialised cells. */
    PackBuilder module(
            String ref,
            int position,
            int series,
            int parallel,
            double nominalVoltage,
            Double massKg,
            ModuleHousing housing,
            JointType cellJoining,
            double soh,
            String cellModel,
            String camLot) {
        component(
                ref,
                ComponentKind.MODULE,
                "Module " + position,
                "slot " + position,
                true,
                massKg,
                null,
                "MOD-" + ref);
        List<PassportDocument.Cell> cells = new ArrayList<>();
        for (int i = 0; i < series * parallel; i++) {
            cellPosition++;
            cells.add(new PassportDocument.Cell(cellSerial(), cellPosition, cellModel, camLot));
        }
        modules.add(
                new PassportDocument.Module(
                        ref,
                        id + "-" + ref,
                        position,
                        series,
                        parallel,
                        decimal(nominalVoltage),
                        decimal(massKg),
                        housing,
                        cellJoining,
                        null,
                        decimal(soh),
                        cells));
        return this;
    }

    /** Cells placed straight into the pack (cell-to-pack designs). */
    PackBuilder packCells(int count, String cellModel, String camLot) {
        for (int i = 0; i < count; i++) {
            cellPosition++;
            packCells.add(new PassportDocument.Cell(cellSerial(), cellPosition, cellModel, camLot));
        }
        return this;
    }

    PassportDocument.Design build(PassportDocument.PackDesign pack) {
        return new PassportDocument.Design(
                pack, components, modules, packCells, fasteners, joints, connectors, sequence);
    }

    private String cellSerial() {
        return id + "-C" + String.format("%05d", cellPosition);
    }

    static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value);
    }
}
