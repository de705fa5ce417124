package eu.dbp.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import eu.dbp.IntegrationTest;
import eu.dbp.passport.PackView;
import eu.dbp.platform.FieldViolation;
import eu.dbp.platform.InvalidInputException;
import eu.dbp.platform.NotFoundException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class TelemetryServiceTests {

    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    @Autowired TelemetryService telemetry;

    @Autowired PackViewSox packViewSox;

    @Autowired JdbcClient jdbc;

    @Test
    void readsOneBatteryTimeRangeInTimeOrder() {
        TestBatteries.create(jdbc, "TELE-RANGE-A");
        TestBatteries.create(jdbc, "TELE-RANGE-B");
        telemetry.append(
                "TELE-RANGE-A",
                List.of(
                        soc(T0.plusSeconds(300), 50),
                        soc(T0, 60),
                        soc(T0.plusSeconds(600), 40),
                        soc(T0.plusSeconds(900), 30)));
        telemetry.append("TELE-RANGE-B", List.of(soc(T0.plusSeconds(300), 99)));

        List<SoxReading> window =
                telemetry.range("TELE-RANGE-A", T0.plusSeconds(1), T0.plusSeconds(900), 100);
        List<SoxReading> limited = telemetry.range("TELE-RANGE-A", null, null, 2);

        assertThat(window).extracting(SoxReading::soc).containsExactly(50.0, 40.0);
        assertThat(limited)
                .extracting(SoxReading::measuredAt)
                .containsExactly(T0, T0.plusSeconds(300));
        assertThat(telemetry.latest("TELE-RANGE-A"))
                .get()
                .extracting(SoxReading::soc)
                .isEqualTo(30.0);
    }

    @Test
    void refusesAnUnknownBattery() {
        assertThatThrownBy(() -> telemetry.range("TELE-NO-SUCH", null, null, 10))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void refusesAnInstantRecordedBefore() {
        TestBatteries.create(jdbc, "TELE-DUPLICATE");
        telemetry.append("TELE-DUPLICATE", List.of(soc(T0, 50)));

        assertThatThrownBy(
                        () ->
                                telemetry.append(
                                        "TELE-DUPLICATE",
                                        List.of(soc(T0.plusSeconds(60), 49), soc(T0, 51))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.violations())
                                        .extracting(FieldViolation::field)
                                        .containsExactly("[1].measuredAt"));
        assertThat(telemetry.range("TELE-DUPLICATE", null, null, 10)).hasSize(1);
    }

    @Test
    void databaseRefusesABadReadingWrittenPastTheService() {
        long key = TestBatteries.create(jdbc, "TELE-DB-CHECK");

        assertThatThrownBy(
                        () ->
                                jdbc.sql(
                                                "insert into sox_reading (battery_id, measured_at, soh_pct)"
                                                        + " values (?, ?, 120)")
                                        .params(key, SoxRepository.utc(T0))
                                        .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("soh_pct");
        assertThatThrownBy(
                        () ->
                                jdbc.sql(
                                                "insert into sox_reading (battery_id, measured_at,"
                                                        + " min_cell_voltage_v, max_cell_voltage_v)"
                                                        + " values (?, ?, 3.9, 3.5)")
                                        .params(key, SoxRepository.utc(T0))
                                        .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("sox_reading_cell_voltage_order");
        for (String column :
                List.of(
                        "power_capability_w = -1",
                        "round_trip_efficiency_pct = 101",
                        "self_discharge_pct_month = 100.5")) {
            String name = column.substring(0, column.indexOf(' '));
            String value = column.substring(column.lastIndexOf(' ') + 1);
            assertThatThrownBy(
                            () ->
                                    jdbc.sql(
                                                    "insert into sox_reading (battery_id, measured_at, "
                                                            + name
                                                            + ") values (?, ?, "
                                                            + value
                                                            + ")")
                                            .params(key, SoxRepository.utc(T0))
                                            .update())
                    .as(column)
                    .isInstanceOf(DataIntegrityViolationException.class)
                    .hasMessageContaining(name);
        }
    }

    @Test
    void atomicImportWithOneBadLineWritesNothingAndNamesTheLine() {
        TestBatteries.create(jdbc, "TELE-ATOMIC");
        String body =
                line("TELE-ATOMIC", T0, "\"soh\": 97")
                        + "\n"
                        + line("TELE-ATOMIC", T0.plusSeconds(60), "\"soh\": 120")
                        + "\n"
                        + "\n"
                        + line("TELE-ATOMIC", T0.plusSeconds(120), "\"temperatureC\": -70")
                        + "\n";

        assertThatThrownBy(() -> telemetry.importLines(stream(body), ImportMode.ATOMIC))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.violations())
                                        .extracting(FieldViolation::field)
                                        .containsExactly("lines[2].soh", "lines[4].temperatureC"));
        assertThat(telemetry.range("TELE-ATOMIC", null, null, 10)).isEmpty();
    }

    @Test
    void reportImportWritesTheGoodLinesAndListsTheBadOnes() {
        TestBatteries.create(jdbc, "TELE-REPORT-A");
        TestBatteries.create(jdbc, "TELE-REPORT-B");
        telemetry.append("TELE-REPORT-B", List.of(soc(T0, 10)));
        String body =
                String.join(
                        "\n",
                        line("TELE-REPORT-A", T0, "\"soh\": 97"),
                        line("TELE-REPORT-B", T0.plusSeconds(60), "\"soc\": 11"),
                        line("TELE-NO-SUCH", T0, "\"soh\": 97"),
                        line("TELE-REPORT-A", T0, "\"soh\": 96"),
                        line("TELE-REPORT-B", T0, "\"soc\": 12"),
                        "{not json",
                        line("TELE-REPORT-A", T0.plusSeconds(60), "\"soh\": \"high\""),
                        line("TELE-REPORT-A", T0.plusSeconds(120), "\"soh_pct\": 90"));

        ImportReport report = telemetry.importLines(stream(body), ImportMode.REPORT);

        assertThat(report.lines()).isEqualTo(8);
        assertThat(report.written()).isEqualTo(2);
        assertThat(report.rejected()).isEqualTo(6);
        assertThat(report.errors())
                .extracting(ImportReport.LineError::line, ImportReport.LineError::field)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(3L, "battery"),
                        org.assertj.core.groups.Tuple.tuple(4L, "measuredAt"),
                        org.assertj.core.groups.Tuple.tuple(5L, "measuredAt"),
                        org.assertj.core.groups.Tuple.tuple(6L, "$"),
                        org.assertj.core.groups.Tuple.tuple(7L, "soh"),
                        org.assertj.core.groups.Tuple.tuple(8L, "soh_pct"));
        assertThat(telemetry.range("TELE-REPORT-A", null, null, 10))
                .extracting(SoxReading::soh)
                .containsExactly(97.0);
        assertThat(telemetry.range("TELE-REPORT-B", null, null, 10))
                .extracting(SoxReading::soc)
                .containsExactly(10.0, 11.0);
    }

    @Test
    void seriesHasAtMostTheRequestedPointsAndCoversTheRange() {
        TestBatteries.create(jdbc, "TELE-SERIES");
        List<SoxReading> minutes = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            minutes.add(
                    new SoxReading(
                            T0.plusSeconds(60L * i),
                            null,
                            50.0 + (i % 7),
                            null,
                            null,
                            20.0 + (i % 10),
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null));
        }
        telemetry.append("TELE-SERIES", minutes);

        SoxSeries all = telemetry.series("TELE-SERIES", null, null, 37);
        SoxSeries window = telemetry.series("TELE-SERIES", T0, T0.plus(Duration.ofHours(10)), 10);

        assertThat(all.points()).hasSizeLessThanOrEqualTo(37).hasSizeGreaterThan(30);
        assertThat(all.points())
                .extracting(SoxSeries.Point::readings)
                .allSatisfy(n -> assertThat(n).isPositive())
                .satisfies(
                        counts ->
                                assertThat(counts.stream().mapToLong(Long::longValue).sum())
                                        .isEqualTo(1000));
        assertThat(all.points().get(0).at()).isEqualTo(T0);
        assertThat(all.points().get(all.points().size() - 1).at().plus(all.bucket()))
                .isAfter(T0.plusSeconds(60L * 999));
        assertThat(window.points())
                .hasSize(10)
                .allSatisfy(p -> assertThat(p.readings()).isEqualTo(60));
        assertThat(window.points().get(0).temperatureC().min()).isEqualTo(20.0);
        assertThat(window.points().get(0).temperatureC().max()).isEqualTo(29.0);
    }

    @Test
    void summarisesAHandMadeSeries() {
        long key = TestBatteries.create(jdbc, "TELE-SUMMARY");
        telemetry.append(
                "TELE-SUMMARY",
                List.of(
                        reading(T0, 95.0, 80.0, 40.0, 50.0, 10, 100.0, 3.60, 3.65),
                        reading(
                                T0.plusSeconds(600),
                                null,
                                70.0,
                                50.0,
                                null,
                                null,
                                null,
                                3.55,
                                3.70),
                        // the next reading comes 3 h later: this one stands for the 60-minute cap
                        // only
                        reading(
                                T0.plusSeconds(1200),
                                null,
                                null,
                                50.0,
                                null,
                                null,
                                null,
                                null,
                                null),
                        reading(
                                T0.plusSeconds(12000),
                                94.0,
                                null,
                                -25.0,
                                55.0,
                                12,
                                130.0,
                                null,
                                null),
                        reading(
                                T0.plusSeconds(12900),
                                null,
                                60.0,
                                -30.0,
                                null,
                                null,
                                null,
                                null,
                                null)));

        SoxSummary summary = telemetry.summary("TELE-SUMMARY");

        assertThat(summary.readings()).isEqualTo(5);
        assertThat(summary.firstAt()).isEqualTo(T0);
        assertThat(summary.lastAt()).isEqualTo(T0.plusSeconds(12900));
        assertThat(summary.firstSoh()).isEqualTo(95.0);
        assertThat(summary.lastSoh()).isEqualTo(94.0);
        assertThat(summary.latestSoc()).isEqualTo(60.0);
        assertThat(summary.firstInternalResistanceMohm()).isEqualTo(50.0);
        assertThat(summary.lastInternalResistanceMohm()).isEqualTo(55.0);
        assertThat(summary.cycleCount()).isEqualTo(12);
        assertThat(summary.energyThroughputKwh()).isEqualTo(130.0);
        assertThat(summary.maxTemperatureC()).isEqualTo(50.0);
        assertThat(summary.minTemperatureC()).isEqualTo(-30.0);
        assertThat(summary.minutesAboveHighTemperature()).isCloseTo(70.0, within(1e-9));
        assertThat(summary.minutesBelowLowTemperature()).isCloseTo(15.0, within(1e-9));
        assertThat(summary.maxCellVoltageSpreadV()).isCloseTo(0.15, within(1e-9));
        assertThat(summary.highTemperatureC()).isEqualTo(45.0);
        assertThat(telemetry.summaries()).contains(summary);

        PackView.Sox sox = packViewSox.latest(key).orElseThrow();
        assertThat(sox.measuredAt()).isEqualTo(T0.plusSeconds(12900));
        assertThat(sox.socPct()).isEqualTo(60.0);
        assertThat(sox.temperatureC()).isEqualTo(-30.0);
        assertThat(sox.sohPct()).isEqualTo(94.0);
        assertThat(sox.firstSohPct()).isEqualTo(95.0);
        assertThat(sox.cycleCount()).isEqualTo(12);
        assertThat(sox.maxTemperatureC()).isEqualTo(50.0);
        assertThat(sox.internalResistanceMohm()).isEqualTo(55.0);
    }

    @Test
    void packViewFiguresStayRightWhenOlderReadingsArriveLater() {
        long key = TestBatteries.create(jdbc, "TELE-BACKFILL");
        telemetry.append(
                "TELE-BACKFILL",
                List.of(
                        reading(
                                T0.plusSeconds(3600),
                                90.0,
                                null,
                                30.0,
                                60.0,
                                100,
                                null,
                                null,
                                null)));
        String older =
                String.join(
                        "\n",
                        line(
                                "TELE-BACKFILL",
                                T0,
                                "\"soh\": 99, \"internalResistanceMohm\": 50, \"temperatureC\": -10"),
                        line(
                                "TELE-BACKFILL",
                                T0.plusSeconds(7200),
                                "\"soc\": 55, \"temperatureC\": 35, \"cycleCount\": 110"));
        telemetry.importLines(stream(older), ImportMode.ATOMIC);

        PackView.Sox sox = packViewSox.latest(key).orElseThrow();

        assertThat(sox.firstSohPct()).isEqualTo(99.0);
        assertThat(sox.sohPct()).isEqualTo(90.0);
        assertThat(sox.firstInternalResistanceMohm()).isEqualTo(50.0);
        assertThat(sox.internalResistanceMohm()).isEqualTo(60.0);
        assertThat(sox.cycleCount()).isEqualTo(110);
        assertThat(sox.maxTemperatureC()).isEqualTo(35.0);
        assertThat(sox.minTemperatureC()).isEqualTo(-10.0);
        assertThat(sox.socPct()).isEqualTo(55.0);
        assertThat(packViewSox.latest(key)).isPresent();
        assertThat(telemetry.summary("TELE-BACKFILL").readings()).isEqualTo(3);
        assertThat(
                        jdbc.sql("select readings from sox_battery_stats where battery_id = ?")
                                .param(key)
                                .query(Long.class)
                                .single())
                .isEqualTo(3);
    }

    @Test
    void packViewKeepsTheFirstAndLatestPerformanceValuesForFadesAndEvolution() {
        long key = TestBatteries.create(jdbc, "TELE-PERFORMANCE");
        telemetry.append(
                "TELE-PERFORMANCE",
                List.of(
                        performance(T0.plusSeconds(3600), 90_000.0, 94.0, 1.2),
                        performance(T0.plusSeconds(7200), 86_000.0, null, 1.5)));
        String older =
                line(
                        "TELE-PERFORMANCE",
                        T0,
                        "\"powerCapabilityW\": 95000, \"roundTripEfficiencyPct\": 95.5,"
                                + " \"selfDischargePctPerMonth\": 1.0");
        telemetry.importLines(stream(older), ImportMode.ATOMIC);

        PackView.Sox sox = packViewSox.latest(key).orElseThrow();

        assertThat(sox.firstPowerCapabilityW()).isEqualTo(95_000.0);
        assertThat(sox.powerCapabilityW()).isEqualTo(86_000.0);
        assertThat(sox.firstRoundTripEfficiencyPct()).isEqualTo(95.5);
        assertThat(sox.roundTripEfficiencyPct()).isEqualTo(94.0);
        assertThat(sox.firstSelfDischargePctPerMonth()).isEqualTo(1.0);
        assertThat(sox.selfDischargePctPerMonth()).isEqualTo(1.5);
        assertThat(telemetry.range("TELE-PERFORMANCE", null, null, 10))
                .extracting(SoxReading::powerCapabilityW)
                .containsExactly(95_000.0, 90_000.0, 86_000.0);
    }

    @Test
    void anOlderReadingArrivingLastLeavesTheLatestValuesAlone() {
        long key = TestBatteries.create(jdbc, "TELE-LATE");
        telemetry.append(
                "TELE-LATE",
                List.of(
                        reading(
                                T0.plusSeconds(7200),
                                null,
                                55.0,
                                35.0,
                                null,
                                null,
                                null,
                                3.61,
                                3.66)));

        telemetry.append(
                "TELE-LATE",
                List.of(
                        reading(
                                T0.plusSeconds(1800),
                                null,
                                10.0,
                                20.0,
                                null,
                                null,
                                null,
                                3.20,
                                3.90)));

        PackView.Sox sox = packViewSox.latest(key).orElseThrow();
        assertThat(sox.measuredAt()).isEqualTo(T0.plusSeconds(7200));
        assertThat(sox.socPct()).isEqualTo(55.0);
        assertThat(sox.temperatureC()).isEqualTo(35.0);
        assertThat(sox.minCellVoltageV()).isEqualTo(3.61);
        assertThat(sox.maxCellVoltageV()).isEqualTo(3.66);
        assertThat(sox.minTemperatureC()).isEqualTo(20.0);
    }

    @Test
    void summaryOfABatteryWithoutReadingsIsEmpty() {
        long key = TestBatteries.create(jdbc, "TELE-SILENT");

        assertThat(telemetry.summary("TELE-SILENT").readings()).isZero();
        assertThat(packViewSox.latest(key)).isEmpty();
        assertThat(telemetry.series("TELE-SILENT", null, null, 10).points()).isEmpty();
    }

    private static SoxReading soc(Instant at, double soc) {
        return new SoxReading(
                at, null, soc, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static SoxReading performance(
            Instant at, Double power, Double roundTrip, Double selfDischarge) {
        return new SoxReading(
                at,
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
                power,
                roundTrip,
                selfDischarge,
                null);
    }

    private static SoxReading reading(
            Instant at,
            Double soh,
            Double soc,
            Double temperature,
            Double resistance,
            Integer cycles,
            Double energy,
            Double minCell,
            Double maxCell) {
        return new SoxReading(
                at,
                soh,
                soc,
                null,
                null,
                temperature,
                null,
                minCell,
                maxCell,
                resistance,
                cycles,
                energy,
                null,
                null);
    }

    static String line(String battery, Instant at, String fields) {
        return "{\"battery\": \"" + battery + "\", \"measuredAt\": \"" + at + "\", " + fields + "}";
    }

    private static ByteArrayInputStream stream(String body) {
        return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
    }
}
