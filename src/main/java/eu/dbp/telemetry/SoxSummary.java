package eu.dbp.telemetry;

import java.time.Instant;

/**
 * Lifetime figures of one battery's SoX series: what the ML feature export and the pack view read
 * instead of the raw rows. Values are {@code null} when no reading carried them.
 *
 * <p>Minutes in extreme temperature are estimated: each reading stands for the time until the next
 * one, at most {@code sox_threshold.MAX_READING_INTERVAL}; the last reading counts for nothing. The
 * boundaries used are returned with the figures.
 *
 * @param readings number of readings
 * @param firstSoh SoH % of the earliest reading that has one
 * @param lastSoh SoH % of the latest reading that has one
 * @param latestSoc SoC % of the latest reading that has one
 * @param cycleCount cycle count of the latest reading that has one
 * @param energyThroughputKwh energy throughput of the latest reading that has one
 * @param minutesAboveHighTemperature minutes above {@code highTemperatureC}
 * @param minutesBelowLowTemperature minutes below {@code lowTemperatureC}
 * @param maxCellVoltageSpreadV largest difference between highest and lowest cell voltage
 */
public record SoxSummary(
        String identifier,
        long readings,
        Instant firstAt,
        Instant lastAt,
        Double firstSoh,
        Double lastSoh,
        Double latestSoc,
        Double firstInternalResistanceMohm,
        Double lastInternalResistanceMohm,
        Integer cycleCount,
        Double energyThroughputKwh,
        Double maxTemperatureC,
        Double minTemperatureC,
        double minutesAboveHighTemperature,
        double minutesBelowLowTemperature,
        Double maxCellVoltageSpreadV,
        double highTemperatureC,
        double lowTemperatureC) {}
