package eu.dbp.decision;

import eu.dbp.passport.PackView;
import eu.dbp.telemetry.SoxSummary;

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

    /**
     * The pack view's values, overridden by the telemetry summary where it has one: its SoH and
     * resistance are the series' first and last, its cell spread the largest ever seen.
     */
    static Signals of(PackView pack, SoxSummary summary) {
        Signals view = of(pack);
        if (summary == null || summary.readings() == 0) {
            return view;
        }
        Double growth =
                growthPct(
                        summary.firstInternalResistanceMohm(),
                        summary.lastInternalResistanceMohm());
        return new Signals(
                first(summary.lastSoh(), view.sohPct()),
                first(summary.firstSoh(), view.firstSohPct()),
                first(growth, view.resistanceGrowthPct()),
                first(summary.maxCellVoltageSpreadV(), view.cellVoltageSpreadV()),
                first(summary.cycleCount(), view.cycles()),
                first(summary.maxTemperatureC(), view.maxTemperatureC()));
    }

    private static <T> T first(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }

    static Double growthPct(Double first, Double last) {
        if (first == null || last == null || first <= 0) {
            return null;
        }
        return (last - first) / first * 100;
    }
}
