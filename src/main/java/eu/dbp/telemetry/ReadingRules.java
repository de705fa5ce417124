package eu.dbp.telemetry;

import eu.dbp.platform.FieldViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules a reading must keep before it is stored. They mirror the CHECK constraints of {@code
 * sox_reading} (V3__telemetry.sql), so that bad input is refused at the edge with the field named
 * and refused again by the database should another path try.
 */
final class ReadingRules {

    /** Clocks of loggers drift; a reading this far ahead of the server's clock is still taken. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private ReadingRules() {}

    /**
     * @param prefix prepended to each field name, for example {@code [3].} or {@code lines[3].}
     * @return the broken rules, empty when the reading may be stored
     */
    static List<FieldViolation> check(SoxReading r, String prefix, Instant now) {
        List<FieldViolation> out = new ArrayList<>();
        if (r == null) {
            out.add(new FieldViolation(blankToRoot(prefix), "required", "a reading is required"));
            return out;
        }
        if (r.measuredAt() == null) {
            out.add(
                    new FieldViolation(
                            prefix + "measuredAt", "required", "measuredAt is required"));
        } else if (r.measuredAt().isAfter(now.plus(CLOCK_SKEW))) {
            out.add(
                    new FieldViolation(
                            prefix + "measuredAt",
                            "not in the future",
                            "measuredAt " + r.measuredAt() + " is in the future"));
        }
        range(out, prefix, "soh", r.soh(), 0, 100);
        range(out, prefix, "soc", r.soc(), 0, 100);
        range(out, prefix, "dod", r.dod(), 0, 100);
        range(out, prefix, "soce", r.soce(), 0, 100);
        range(out, prefix, "temperatureC", r.temperatureC(), -60, 200);
        range(out, prefix, "voltageV", r.voltageV(), 0, 1500);
        range(out, prefix, "minCellVoltageV", r.minCellVoltageV(), 0, 5);
        range(out, prefix, "maxCellVoltageV", r.maxCellVoltageV(), 0, 5);
        if (r.minCellVoltageV() != null
                && r.maxCellVoltageV() != null
                && r.minCellVoltageV() > r.maxCellVoltageV()) {
            out.add(
                    new FieldViolation(
                            prefix + "maxCellVoltageV",
                            "not below minCellVoltageV",
                            "maxCellVoltageV "
                                    + r.maxCellVoltageV()
                                    + " is below minCellVoltageV "
                                    + r.minCellVoltageV()));
        }
        if (r.internalResistanceMohm() != null && !(r.internalResistanceMohm() > 0)) {
            out.add(
                    new FieldViolation(
                            prefix + "internalResistanceMohm",
                            "above 0",
                            "internalResistanceMohm must be above 0, was "
                                    + r.internalResistanceMohm()));
        }
        if (r.cycleCount() != null && r.cycleCount() < 0) {
            out.add(
                    new FieldViolation(
                            prefix + "cycleCount",
                            "0 or more",
                            "cycleCount must be 0 or more, was " + r.cycleCount()));
        }
        notNegative(out, prefix, "energyThroughputKwh", r.energyThroughputKwh());
        notNegative(out, prefix, "capacityThroughputAh", r.capacityThroughputAh());
        if (r.powerCapabilityW() != null
                && !(r.powerCapabilityW() > 0 && r.powerCapabilityW() <= 10_000_000)) {
            out.add(
                    new FieldViolation(
                            prefix + "powerCapabilityW",
                            "above 0, at most 10000000",
                            "powerCapabilityW must be above 0 and at most 10 MW, was "
                                    + r.powerCapabilityW()));
        }
        range(out, prefix, "roundTripEfficiencyPct", r.roundTripEfficiencyPct(), 0, 100);
        range(out, prefix, "selfDischargePctPerMonth", r.selfDischargePctPerMonth(), 0, 100);
        if (!r.hasAnyValue()) {
            out.add(
                    new FieldViolation(
                            blankToRoot(prefix),
                            "at least one value",
                            "a reading needs at least one measured value"));
        }
        return out;
    }

    private static void range(
            List<FieldViolation> out,
            String prefix,
            String field,
            Double value,
            double min,
            double max) {
        if (value != null && !(value >= min && value <= max)) {
            out.add(
                    new FieldViolation(
                            prefix + field,
                            "range " + fmt(min) + ".." + fmt(max),
                            field
                                    + " must be between "
                                    + fmt(min)
                                    + " and "
                                    + fmt(max)
                                    + ", was "
                                    + value));
        }
    }

    private static void notNegative(
            List<FieldViolation> out, String prefix, String field, Double value) {
        if (value != null && !(value >= 0)) {
            out.add(
                    new FieldViolation(
                            prefix + field,
                            "0 or more",
                            field + " must be 0 or more, was " + value));
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static String blankToRoot(String prefix) {
        if (prefix.isEmpty()) {
            return "$";
        }
        return prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
    }
}
