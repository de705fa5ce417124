package eu.dbp.decision;

import eu.dbp.passport.PackView;

/**
 * The use-phase facts the rules read, each {@code null} when not recorded: from the pack view's
 * latest SoX values, or from the telemetry summary where one exists.
 */
record Signals(
        Double sohPct,
        Double firstSohPct,
        Double resistanceGrowthPct,
        Double cellVoltageSpreadV,
        Integer cycles,
        Double maxTemperatureC) {

    static Signals of(PackView pack) {
        PackView.Sox sox = pack.latest() == null ? PackView.Sox.none() : pack.latest();
        return new Signals(
                sox.sohPct(),
                sox.firstSohPct(),
                growthPct(sox.firstInternalResistanceMohm(), sox.internalResistanceMohm()),
                sox.cellVoltageSpreadV().orElse(null),
                sox.cycleCount(),
                sox.maxTemperatureC());
    }

    static Double growthPct(Double first, Double last) {
        if (first == null || last == null || first <= 0) {
            return null;
        }
        return (last - first) / first * 100;
    }
}
