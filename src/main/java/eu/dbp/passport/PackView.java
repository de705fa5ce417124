package eu.dbp.passport;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A read-only picture of one pack, its design and its history: everything the safety assessment,
 * the disassembly planner and the route decision need, and nothing about how it was loaded. Built
 * by {@link PassportService#packView(String)}; tests build it by hand.
 *
 * <p>Optional numbers are {@code null} when the passport does not record them.
 */
public record PackView(
        String identifier,
        String model,
        BatteryCategory category,
        Chemistry chemistry,
        BatteryStatus status,
        boolean ceased,
        double massKg,
        double ratedCapacityAh,
        double ratedEnergyKwh,
        double minVoltageV,
        double nominalVoltageV,
        double maxVoltageV,
        Double capacityThresholdExhaustionPct,
        int ageYears,
        int cellCount,
        Pack pack,
        List<Component> components,
        List<Module> modules,
        List<Fastener> fasteners,
        List<Joint> joints,
        List<Connector> connectors,
        List<JoiningStep> joiningSequence,
        List<Event> events,
        List<ReplacedPart> replacedParts,
        Sox latest) {

    public PackView {
        components = List.copyOf(components);
        modules = List.copyOf(modules);
        fasteners = List.copyOf(fasteners);
        joints = List.copyOf(joints);
        connectors = List.copyOf(connectors);
        joiningSequence = List.copyOf(joiningSequence);
        events = List.copyOf(events);
        replacedParts = List.copyOf(replacedParts);
    }

    /** Pack-level design. */
    public record Pack(
            int seriesCount,
            int parallelCount,
            boolean cellToPack,
            String housingMaterial,
            Cooling cooling,
            String coolant,
            Double coolantVolumeL,
            String bms,
            String serviceDisconnect,
            String serviceDisconnectLocation,
            Integer capacitorDischargeSeconds,
            Double maxShortCircuitCurrentA,
            CellFormat cellFormat,
            String cellSizeCode) {

        public String configuration() {
            return seriesCount + "s" + parallelCount + "p";
        }
    }

    /** A part of the pack; {@code ref} is unique within the pack. */
    public record Component(
            String ref,
            ComponentKind kind,
            String name,
            String location,
            boolean highVoltage,
            Double massKg,
            String material,
            String partNumber) {}

    /** A module; {@code componentRef} names its {@link Component} of kind MODULE. */
    public record Module(
            String componentRef,
            String serialNumber,
            int position,
            int seriesCount,
            int parallelCount,
            double nominalVoltageV,
            Double massKg,
            ModuleHousing housing,
            JointType cellJoining,
            ModuleCondition condition,
            Double sohPct,
            int cellCount,
            CellFormat cellFormat,
            String cellSizeCode) {}

    public record Fastener(
            String ref,
            FastenerType type,
            String size,
            Drive drive,
            int count,
            String material,
            Double torqueNm,
            Integer angleDeg,
            boolean singleUse,
            boolean captive,
            String location) {

        /** The class the learning loop counts failures by, e.g. {@code BOLT-HEX-10 mm}. */
        public String fastenerClass() {
            return type
                    + "-"
                    + (drive == null ? Drive.NONE : drive)
                    + "-"
                    + (size == null ? "?" : size);
        }
    }

    /** {@code partRef} is released from {@code attachedToRef} when the joint is undone. */
    public record Joint(
            String ref,
            JointType type,
            String partRef,
            String attachedToRef,
            String fastenerRef,
            String location,
            String notes) {}

    public record Connector(
            String ref,
            ConnectorType type,
            VoltageClass voltageClass,
            Double ratedVoltageV,
            String partRef,
            String matesWithRef,
            String location) {}

    /** One assembly step: a joint made or a connector mated, in assembly order. */
    public record JoiningStep(int sequenceNo, String jointRef, String connectorRef) {}

    public record Event(
            EventType type,
            Severity severity,
            Instant occurredAt,
            Integer durationMin,
            Double measuredValue,
            String unit,
            String description) {}

    /** A part replaced in service: the module serial that left the pack, if any. */
    public record ReplacedPart(
            String partKind,
            String removedModuleSerial,
            String installedModuleSerial,
            Instant replacedAt,
            String reason) {}

    /** The latest SoX values and lifetime aggregates; all optional. */
    public record Sox(
            Instant measuredAt,
            Double sohPct,
            Double socPct,
            Double temperatureC,
            Double voltageV,
            Double minCellVoltageV,
            Double maxCellVoltageV,
            Integer cycleCount,
            Double energyThroughputKwh,
            Double maxTemperatureC,
            Double minTemperatureC,
            Double firstSohPct,
            Double firstInternalResistanceMohm,
            Double internalResistanceMohm,
            Double powerCapabilityW,
            Double firstPowerCapabilityW,
            Double roundTripEfficiencyPct,
            Double firstRoundTripEfficiencyPct,
            Double selfDischargePctPerMonth,
            Double firstSelfDischargePctPerMonth) {

        /** The values without the performance data of Annex XIII 4(a) and 4(b). */
        public Sox(
                Instant measuredAt,
                Double sohPct,
                Double socPct,
                Double temperatureC,
                Double voltageV,
                Double minCellVoltageV,
                Double maxCellVoltageV,
                Integer cycleCount,
                Double energyThroughputKwh,
                Double maxTemperatureC,
                Double minTemperatureC,
                Double firstSohPct,
                Double firstInternalResistanceMohm,
                Double internalResistanceMohm) {
            this(
                    measuredAt,
                    sohPct,
                    socPct,
                    temperatureC,
                    voltageV,
                    minCellVoltageV,
                    maxCellVoltageV,
                    cycleCount,
                    energyThroughputKwh,
                    maxTemperatureC,
                    minTemperatureC,
                    firstSohPct,
                    firstInternalResistanceMohm,
                    internalResistanceMohm,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        }

        public static Sox none() {
            return new Sox(
                    null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null);
        }

        /** Spread between the highest and lowest cell voltage, in volts. */
        public Optional<Double> cellVoltageSpreadV() {
            if (minCellVoltageV == null || maxCellVoltageV == null) {
                return Optional.empty();
            }
            return Optional.of(maxCellVoltageV - minCellVoltageV);
        }
    }

    public Optional<Component> component(String ref) {
        return components.stream().filter(c -> c.ref().equals(ref)).findFirst();
    }

    public Optional<Fastener> fastener(String ref) {
        return fasteners.stream().filter(f -> f.ref().equals(ref)).findFirst();
    }

    public boolean hasEvent(EventType type) {
        return events.stream().anyMatch(e -> e.type() == type);
    }
}
