package eu.dbp.telemetry;

import java.time.Instant;

/**
 * One SoX reading of one battery at one instant (Annex XIII 4(b) and 4(d), Annex VII). Every
 * measured value is optional; a reading carries at least one of them.
 *
 * @param measuredAt when the BMS or the tester took the reading; not in the future
 * @param soh state of health, % (0-100)
 * @param soc state of charge, % (0-100)
 * @param dod depth of discharge of the last cycle, % (0-100)
 * @param soce state of certified energy, % (0-100): the EV SoH of Annex VII
 * @param temperatureC pack temperature, degrees Celsius (-60 to 200)
 * @param voltageV pack voltage, V (0-1500)
 * @param minCellVoltageV lowest cell voltage, V (0-5)
 * @param maxCellVoltageV highest cell voltage, V (0-5), not below the lowest
 * @param internalResistanceMohm pack internal resistance, milliohm (above 0)
 * @param cycleCount full equivalent cycles so far (0 or more)
 * @param energyThroughputKwh energy throughput so far, kWh (0 or more)
 * @param capacityThroughputAh capacity throughput so far, Ah (0 or more)
 * @param powerCapabilityW remaining power capability, W (above 0, at most 10 MW)
 * @param roundTripEfficiencyPct remaining energy round-trip efficiency, % (0-100)
 * @param selfDischargePctPerMonth self-discharge rate, % of capacity per month (0-100)
 * @param source where the reading comes from; {@code BMS} when not given
 */
public record SoxReading(
        Instant measuredAt,
        Double soh,
        Double soc,
        Double dod,
        Double soce,
        Double temperatureC,
        Double voltageV,
        Double minCellVoltageV,
        Double maxCellVoltageV,
        Double internalResistanceMohm,
        Integer cycleCount,
        Double energyThroughputKwh,
        Double capacityThroughputAh,
        Double powerCapabilityW,
        Double roundTripEfficiencyPct,
        Double selfDischargePctPerMonth,
        Origin source) {

    public SoxReading {
        source = source == null ? Origin.BMS : source;
    }

    /** A reading without the performance values of Annex XIII 4(a) and 4(b). */
    public SoxReading(
            Instant measuredAt,
            Double soh,
            Double soc,
            Double dod,
            Double soce,
            Double temperatureC,
            Double voltageV,
            Double minCellVoltageV,
            Double maxCellVoltageV,
            Double internalResistanceMohm,
            Integer cycleCount,
            Double energyThroughputKwh,
            Double capacityThroughputAh,
            Origin source) {
        this(
                measuredAt,
                soh,
                soc,
                dod,
                soce,
                temperatureC,
                voltageV,
                minCellVoltageV,
                maxCellVoltageV,
                internalResistanceMohm,
                cycleCount,
                energyThroughputKwh,
                capacityThroughputAh,
                null,
                null,
                null,
                source);
    }

    /** Where a reading comes from. */
    public enum Origin {
        BMS,
        DIAGNOSTIC,
        MANUAL,
        IMPORT
    }

    boolean hasAnyValue() {
        return soh != null
                || soc != null
                || dod != null
                || soce != null
                || temperatureC != null
                || voltageV != null
                || minCellVoltageV != null
                || maxCellVoltageV != null
                || internalResistanceMohm != null
                || cycleCount != null
                || energyThroughputKwh != null
                || capacityThroughputAh != null
                || powerCapabilityW != null
                || roundTripEfficiencyPct != null
                || selfDischargePctPerMonth != null;
    }
}
