package eu.dbp.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dbp.platform.FieldViolation;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReadingRulesTests {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    private static final SoxReading GOOD =
            new SoxReading(
                    NOW.minusSeconds(60),
                    95.0,
                    80.0,
                    20.0,
                    96.0,
                    25.0,
                    380.0,
                    3.60,
                    3.65,
                    60.0,
                    120,
                    2500.0,
                    7000.0,
                    null);

    @Test
    void acceptsAPlausibleReading() {
        assertThat(ReadingRules.check(GOOD, "", NOW)).isEmpty();
    }

    @Test
    void defaultsTheSourceToTheBms() {
        assertThat(GOOD.source()).isEqualTo(SoxReading.Origin.BMS);
    }

    static Stream<Arguments> badReadings() {
        return Stream.of(
                bad(
                        "soh",
                        r ->
                                with(
                                        r,
                                        101.0,
                                        r.soc(),
                                        r.temperatureC(),
                                        r.minCellVoltageV(),
                                        r.maxCellVoltageV(),
                                        r.cycleCount(),
                                        r.measuredAt())),
                bad(
                        "soc",
                        r ->
                                with(
                                        r,
                                        r.soh(),
                                        -0.1,
                                        r.temperatureC(),
                                        r.minCellVoltageV(),
                                        r.maxCellVoltageV(),
                                        r.cycleCount(),
                                        r.measuredAt())),
                bad(
                        "temperatureC",
                        r ->
                                with(
                                        r,
                                        r.soh(),
                                        r.soc(),
                                        -61.0,
                                        r.minCellVoltageV(),
                                        r.maxCellVoltageV(),
                                        r.cycleCount(),
                                        r.measuredAt())),
                bad(
                        "temperatureC",
                        r ->
                                with(
                                        r,
                                        r.soh(),
                                        r.soc(),
                                        Double.NaN,
                                        r.minCellVoltageV(),
                                        r.maxCellVoltageV(),
                                        r.cycleCount(),
                                        r.measuredAt())),
                bad(
                        "maxCellVoltageV",
                        r ->
                                with(
                                        r,
                                        r.soh(),
                                        r.soc(),
                                        r.temperatureC(),
                                        3.7,
                                        3.6,
                                        r.cycleCount(),
                                        r.measuredAt())),
                bad(
                        "maxCellVoltageV",
                        r ->
                                with(
                                        r,
                                        r.soh(),
                                        r.soc(),
                                        r.temperatureC(),
                                        3.7,
                                        5.01,
                                        r.cycleCount(),
                                        r.measuredAt())),
                bad(
                        "cycleCount",
                        r ->
                                with(
                                        r,
                                        r.soh(),
                                        r.soc(),
                                        r.temperatureC(),
                                        r.minCellVoltageV(),
                                        r.maxCellVoltageV(),
                                        -1,
                                        r.measuredAt())),
                bad(
                        "measuredAt",
                        r ->
                                with(
                                        r,
                                        r.soh(),
                                        r.soc(),
                                        r.temperatureC(),
                                        r.minCellVoltageV(),
                                        r.maxCellVoltageV(),
                                        r.cycleCount(),
                                        NOW.plusSeconds(3600))),
                bad(
                        "measuredAt",
                        r ->
                                with(
                                        r,
                                        r.soh(),
                                        r.soc(),
                                        r.temperatureC(),
                                        r.minCellVoltageV(),
                                        r.maxCellVoltageV(),
                                        r.cycleCount(),
                                        null)),
                bad("powerCapabilityW", r -> performance(r, 0.0, null, null)),
                bad("powerCapabilityW", r -> performance(r, 12_000_000.0, null, null)),
                bad("roundTripEfficiencyPct", r -> performance(r, null, 100.5, null)),
                bad("selfDischargePctPerMonth", r -> performance(r, null, null, -0.5)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("badReadings")
    void namesTheFieldOfABrokenRule(String field, UnaryOperator<SoxReading> change) {
        List<FieldViolation> violations = ReadingRules.check(change.apply(GOOD), "[4].", NOW);

        assertThat(violations).extracting(FieldViolation::field).containsExactly("[4]." + field);
    }

    @Test
    void refusesAReadingWithoutAnyValue() {
        SoxReading empty =
                new SoxReading(
                        NOW, null, null, null, null, null, null, null, null, null, null, null, null,
                        null);

        assertThat(ReadingRules.check(empty, "[0].", NOW))
                .extracting(FieldViolation::field, FieldViolation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("[0]", "at least one value"));
    }

    @Test
    void acceptsAReadingOfThePerformanceValuesAlone() {
        SoxReading performance =
                new SoxReading(
                        NOW,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        41_500.0,
                        93.5,
                        1.8,
                        SoxReading.Origin.DIAGNOSTIC);

        assertThat(ReadingRules.check(performance, "", NOW)).isEmpty();
    }

    @Test
    void allowsAFewMinutesOfLoggerClockDrift() {
        SoxReading drifted = with(GOOD, 90.0, null, null, null, null, null, NOW.plusSeconds(120));

        assertThat(ReadingRules.check(drifted, "", NOW)).isEmpty();
    }

    private static Arguments bad(String field, UnaryOperator<SoxReading> change) {
        return Arguments.of(field, change);
    }

    private static SoxReading performance(
            SoxReading r, Double power, Double roundTrip, Double selfDischarge) {
        return new SoxReading(
                r.measuredAt(),
                r.soh(),
                r.soc(),
                r.dod(),
                r.soce(),
                r.temperatureC(),
                r.voltageV(),
                r.minCellVoltageV(),
                r.maxCellVoltageV(),
                r.internalResistanceMohm(),
                r.cycleCount(),
                r.energyThroughputKwh(),
                r.capacityThroughputAh(),
                power,
                roundTrip,
                selfDischarge,
                r.source());
    }

    private static SoxReading with(
            SoxReading r,
            Double soh,
            Double soc,
            Double temperature,
            Double minCell,
            Double maxCell,
            Integer cycles,
            Instant at) {
        return new SoxReading(
                at,
                soh,
                soc,
                r.dod(),
                r.soce(),
                temperature,
                r.voltageV(),
                minCell,
                maxCell,
                r.internalResistanceMohm(),
                cycles,
                r.energyThroughputKwh(),
                r.capacityThroughputAh(),
                r.source());
    }
}
