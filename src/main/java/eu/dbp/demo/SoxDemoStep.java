package eu.dbp.demo;

import eu.dbp.telemetry.SoxReading;
import eu.dbp.telemetry.TelemetryService;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A year of synthetic BMS readings per demo pack, four a day: slow SoH fade, daily charge cycles,
 * seasonal temperatures, resistance growth, and the excursions the demo events describe (the Leaf's
 * heat wave, the e-bike's winter deep discharge, the Tesla standing still after its accident).
 * Seeded, so every load produces the same history. These are demo figures, not measurements.
 */
@Component
@Order(2)
class SoxDemoStep implements DemoStep {

    private static final int DAYS = 365;
    private static final int PER_DAY = 4;

    private final TelemetryService telemetry;

    SoxDemoStep(TelemetryService telemetry) {
        this.telemetry = telemetry;
    }

    /**
     * @param sohStart SoH a year ago, % @param sohEnd SoH now, % @param cellsInSeries cells in
     *     series @param resistanceMohm pack resistance a year ago @param cyclesBefore full cycles
     *     before the year @param dailyDepth average depth of a day's cycle (0-1)
     */
    private record Profile(
            String id,
            double sohStart,
            double sohEnd,
            double energyKwh,
            double capacityAh,
            int cellsInSeries,
            double cellNominalV,
            double resistanceMohm,
            int cyclesBefore,
            double dailyDepth,
            long seed) {}

    @Override
    public void load() {
        List<Profile> profiles =
                List.of(
                        new Profile(
                                DemoPacks.LEAF, 75.5, 72.8, 24, 65, 96, 3.75, 95, 1450, 0.55, 1),
                        new Profile(
                                DemoPacks.TESLA, 88.4, 87.1, 85, 232, 96, 3.6, 70, 900, 0.35, 2),
                        new Profile(DemoPacks.MEB, 92.0, 90.6, 82, 234, 96, 3.65, 65, 380, 0.30, 3),
                        new Profile(DemoPacks.LFP, 97.5, 96.8, 60, 170, 108, 3.2, 55, 450, 0.40, 4),
                        new Profile(
                                DemoPacks.EBIKE,
                                80.5,
                                77.9,
                                0.5,
                                13.4,
                                10,
                                3.6,
                                180,
                                420,
                                0.60,
                                5));
        Instant end = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(1));
        for (Profile profile : profiles) {
            telemetry.append(profile.id(), readings(profile, end));
        }
    }

    private static List<SoxReading> readings(Profile p, Instant end) {
        Random random = new Random(p.seed());
        List<SoxReading> readings = new ArrayList<>(DAYS * PER_DAY);
        Instant start = end.minus(Duration.ofDays(DAYS));
        double cycles = p.cyclesBefore();
        double throughput = p.cyclesBefore() * p.energyKwh() * 0.8;
        for (int i = 0; i < DAYS * PER_DAY; i++) {
            Instant at = start.plus(Duration.ofHours(24L * i / PER_DAY));
            double day = (double) i / PER_DAY;
            int daysAgo = DAYS - (int) day;
            boolean parked = p.id().equals(DemoPacks.TESLA) && daysAgo <= 60;
            double progress = day / DAYS;

            double soh =
                    p.sohStart()
                            + (p.sohEnd() - p.sohStart()) * progress
                            + random.nextGaussian() * 0.08;
            double soc =
                    parked
                            ? 30 + random.nextGaussian() * 0.3
                            : 55
                                    + 30 * Math.sin(2 * Math.PI * (i % PER_DAY) / PER_DAY)
                                    + random.nextGaussian() * 4;
            double temperature =
                    14
                            + 10 * Math.sin(2 * Math.PI * (day - 110) / 365)
                            + soc / 20
                            + random.nextGaussian() * 1.5;
            double minCell = cellVoltage(p, soc) - 0.005 - Math.abs(random.nextGaussian() * 0.004);
            double maxCell = cellVoltage(p, soc) + 0.005 + Math.abs(random.nextGaussian() * 0.004);

            if (p.id().equals(DemoPacks.LEAF) && Math.abs(daysAgo - 200) <= 1) {
                temperature = 44 + random.nextDouble() * 3;
            }
            if (p.id().equals(DemoPacks.LEAF) && daysAgo <= 45) {
                minCell -= 0.062 * Math.min(1, (45 - daysAgo) / 10.0);
            }
            if (p.id().equals(DemoPacks.EBIKE) && daysAgo >= 117 && daysAgo <= 120) {
                soc = 0;
                minCell = 2.4;
                maxCell = 2.55;
            }
            if (p.id().equals(DemoPacks.TESLA) && daysAgo == 59) {
                temperature = 52 + random.nextDouble() * 6;
            }
            if (!parked) {
                cycles += p.dailyDepth() / PER_DAY;
                throughput += p.energyKwh() * p.dailyDepth() / PER_DAY;
            }
            soc = clamp(soc, 0, 100);
            double resistance =
                    p.resistanceMohm() * (1 + 0.04 * progress) + random.nextGaussian() * 0.3;
            // A monthly diagnostic adds the performance values of Annex XIII 4(b) [A]: power
            // capability at a 2C discharge falling with the resistance, round-trip efficiency and
            // self-discharge drifting with age.
            boolean diagnostic = i % (30 * PER_DAY) == 0;
            Double power =
                    diagnostic
                            ? round(p.energyKwh() * 2000 * p.resistanceMohm() / resistance, 0)
                            : null;
            Double roundTrip = diagnostic ? round(95 - 1.5 * progress - (100 - soh) / 20, 2) : null;
            Double selfDischarge = diagnostic ? round(1.0 + 0.4 * progress, 3) : null;
            readings.add(
                    new SoxReading(
                            at,
                            round(soh, 2),
                            round(soc, 1),
                            round(p.dailyDepth() * 100, 1),
                            round(soh, 2),
                            round(temperature, 1),
                            round(p.cellsInSeries() * (minCell + maxCell) / 2, 1),
                            round(minCell, 3),
                            round(maxCell, 3),
                            round(resistance, 2),
                            (int) cycles,
                            round(throughput, 1),
                            round(cycles * p.capacityAh(), 1),
                            power,
                            roundTrip,
                            selfDischarge,
                            diagnostic ? SoxReading.Origin.DIAGNOSTIC : SoxReading.Origin.BMS));
        }
        return readings;
    }

    /** A simple open-circuit voltage curve between the chemistry's end points. */
    private static double cellVoltage(Profile p, double soc) {
        double empty = p.cellNominalV() - 0.55;
        double full = p.cellNominalV() + 0.45;
        return empty + (full - empty) * Math.pow(clamp(soc, 0, 100) / 100, 0.8);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    private static double round(double value, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }
}
