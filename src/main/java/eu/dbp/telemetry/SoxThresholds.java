package eu.dbp.telemetry;

/**
 * The boundaries the summaries are computed with, read from {@code sox_threshold} where each figure
 * carries its source.
 *
 * @param highTemperatureC time above this counts as extreme high temperature
 * @param lowTemperatureC time below this counts as extreme low temperature
 * @param maxReadingIntervalMin a reading stands for at most this many minutes
 */
record SoxThresholds(
        double highTemperatureC, double lowTemperatureC, double maxReadingIntervalMin) {}
