package eu.dbp.telemetry;

import eu.dbp.passport.PackView;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL over {@code sox_reading}. Every per-battery query filters on {@code battery_id} first, so it
 * touches one hash partition and walks the primary key {@code (battery_id, measured_at)}.
 */
@Repository
class SoxRepository {

    static final String COLUMNS =
            "measured_at, soh_pct, soc_pct, dod_pct, soce_pct, temperature_c,"
                    + " voltage_v, min_cell_voltage_v, max_cell_voltage_v, internal_resistance_mohm,"
                    + " cycle_count, energy_throughput_kwh, capacity_throughput_ah, power_capability_w,"
                    + " round_trip_efficiency_pct, self_discharge_pct_month, source";

    /**
     * Lifetime figures per battery in one pass. {@code held_min} is how long a reading stands for:
     * until the next reading, at most the configured interval; nothing for the last one.
     */
    private static final String SUMMARY =
            """
            select s.battery_id, count(*) as readings,
                   min(s.measured_at) as first_at, max(s.measured_at) as last_at,
                   (array_agg(s.soh_pct order by s.measured_at)
                       filter (where s.soh_pct is not null))[1] as first_soh,
                   (array_agg(s.soh_pct order by s.measured_at desc)
                       filter (where s.soh_pct is not null))[1] as last_soh,
                   (array_agg(s.soc_pct order by s.measured_at desc)
                       filter (where s.soc_pct is not null))[1] as latest_soc,
                   (array_agg(s.internal_resistance_mohm order by s.measured_at)
                       filter (where s.internal_resistance_mohm is not null))[1] as first_ir,
                   (array_agg(s.internal_resistance_mohm order by s.measured_at desc)
                       filter (where s.internal_resistance_mohm is not null))[1] as last_ir,
                   (array_agg(s.cycle_count order by s.measured_at desc)
                       filter (where s.cycle_count is not null))[1] as cycle_count,
                   (array_agg(s.energy_throughput_kwh order by s.measured_at desc)
                       filter (where s.energy_throughput_kwh is not null))[1] as energy_kwh,
                   max(s.temperature_c) as max_temperature,
                   min(s.temperature_c) as min_temperature,
                   coalesce(sum(s.held_min) filter (where s.temperature_c > :high), 0) as minutes_above,
                   coalesce(sum(s.held_min) filter (where s.temperature_c < :low), 0) as minutes_below,
                   max(s.max_cell_voltage_v - s.min_cell_voltage_v) as max_spread
            from (select r.*,
                         -- least() skips nulls: the last reading must count 0, not the cap
                         least(coalesce(extract(epoch from lead(r.measured_at) over (
                                   partition by r.battery_id order by r.measured_at)
                               - r.measured_at) / 60, 0), :max_interval) as held_min
                  from sox_reading r
                  %s) s
            group by s.battery_id
            """;

    /**
     * Folds newly written readings into {@code sox_battery_stats}. {@code batch} is a query of
     * {@code (battery_id, lo, hi, added)}: the time span and number of the rows just written per
     * battery. Re-reading older rows inside a span is harmless, since firsts, lasts and extremes
     * merge idempotently; only {@code readings} counts, and it adds {@code added}.
     */
    private static final String MERGE_STATS =
            """
            insert into sox_battery_stats as s (battery_id, readings, first_at, last_at,
                first_soh_pct, first_soh_at, last_soh_pct, last_soh_at,
                first_internal_resistance_mohm, first_internal_resistance_at,
                last_internal_resistance_mohm, last_internal_resistance_at,
                cycle_count, cycle_count_at, energy_throughput_kwh, energy_throughput_at,
                max_temperature_c, min_temperature_c, last_soc_pct, last_temperature_c, last_voltage_v,
                last_min_cell_voltage_v, last_max_cell_voltage_v,
                first_power_capability_w, first_power_capability_at,
                last_power_capability_w, last_power_capability_at,
                first_round_trip_efficiency_pct, first_round_trip_efficiency_at,
                last_round_trip_efficiency_pct, last_round_trip_efficiency_at,
                first_self_discharge_pct_month, first_self_discharge_at,
                last_self_discharge_pct_month, last_self_discharge_at)
            select r.battery_id, d.added, min(r.measured_at), max(r.measured_at),
                   (array_agg(r.soh_pct order by r.measured_at) filter (where r.soh_pct is not null))[1],
                   min(r.measured_at) filter (where r.soh_pct is not null),
                   (array_agg(r.soh_pct order by r.measured_at desc) filter (where r.soh_pct is not null))[1],
                   max(r.measured_at) filter (where r.soh_pct is not null),
                   (array_agg(r.internal_resistance_mohm order by r.measured_at)
                       filter (where r.internal_resistance_mohm is not null))[1],
                   min(r.measured_at) filter (where r.internal_resistance_mohm is not null),
                   (array_agg(r.internal_resistance_mohm order by r.measured_at desc)
                       filter (where r.internal_resistance_mohm is not null))[1],
                   max(r.measured_at) filter (where r.internal_resistance_mohm is not null),
                   (array_agg(r.cycle_count order by r.measured_at desc)
                       filter (where r.cycle_count is not null))[1],
                   max(r.measured_at) filter (where r.cycle_count is not null),
                   (array_agg(r.energy_throughput_kwh order by r.measured_at desc)
                       filter (where r.energy_throughput_kwh is not null))[1],
                   max(r.measured_at) filter (where r.energy_throughput_kwh is not null),
                   max(r.temperature_c), min(r.temperature_c),
                   (array_agg(r.soc_pct order by r.measured_at desc))[1],
                   (array_agg(r.temperature_c order by r.measured_at desc))[1],
                   (array_agg(r.voltage_v order by r.measured_at desc))[1],
                   (array_agg(r.min_cell_voltage_v order by r.measured_at desc))[1],
                   (array_agg(r.max_cell_voltage_v order by r.measured_at desc))[1],
                   (array_agg(r.power_capability_w order by r.measured_at)
                       filter (where r.power_capability_w is not null))[1],
                   min(r.measured_at) filter (where r.power_capability_w is not null),
                   (array_agg(r.power_capability_w order by r.measured_at desc)
                       filter (where r.power_capability_w is not null))[1],
                   max(r.measured_at) filter (where r.power_capability_w is not null),
                   (array_agg(r.round_trip_efficiency_pct order by r.measured_at)
                       filter (where r.round_trip_efficiency_pct is not null))[1],
                   min(r.measured_at) filter (where r.round_trip_efficiency_pct is not null),
                   (array_agg(r.round_trip_efficiency_pct order by r.measured_at desc)
                       filter (where r.round_trip_efficiency_pct is not null))[1],
                   max(r.measured_at) filter (where r.round_trip_efficiency_pct is not null),
                   (array_agg(r.self_discharge_pct_month order by r.measured_at)
                       filter (where r.self_discharge_pct_month is not null))[1],
                   min(r.measured_at) filter (where r.self_discharge_pct_month is not null),
                   (array_agg(r.self_discharge_pct_month order by r.measured_at desc)
                       filter (where r.self_discharge_pct_month is not null))[1],
                   max(r.measured_at) filter (where r.self_discharge_pct_month is not null)
            from (%s) d
            join sox_reading r on r.battery_id = d.battery_id and r.measured_at between d.lo and d.hi
            group by r.battery_id, d.added
            on conflict (battery_id) do update set
                readings = s.readings + excluded.readings,
                first_at = least(s.first_at, excluded.first_at),
                last_at = greatest(s.last_at, excluded.last_at),
                first_soh_pct = case when s.first_soh_at is null or excluded.first_soh_at < s.first_soh_at
                                     then coalesce(excluded.first_soh_pct, s.first_soh_pct)
                                     else s.first_soh_pct end,
                first_soh_at = least(s.first_soh_at, excluded.first_soh_at),
                last_soh_pct = case when s.last_soh_at is null or excluded.last_soh_at > s.last_soh_at
                                    then coalesce(excluded.last_soh_pct, s.last_soh_pct)
                                    else s.last_soh_pct end,
                last_soh_at = greatest(s.last_soh_at, excluded.last_soh_at),
                first_internal_resistance_mohm = case
                    when s.first_internal_resistance_at is null
                         or excluded.first_internal_resistance_at < s.first_internal_resistance_at
                    then coalesce(excluded.first_internal_resistance_mohm, s.first_internal_resistance_mohm)
                    else s.first_internal_resistance_mohm end,
                first_internal_resistance_at = least(s.first_internal_resistance_at,
                                                     excluded.first_internal_resistance_at),
                last_internal_resistance_mohm = case
                    when s.last_internal_resistance_at is null
                         or excluded.last_internal_resistance_at > s.last_internal_resistance_at
                    then coalesce(excluded.last_internal_resistance_mohm, s.last_internal_resistance_mohm)
                    else s.last_internal_resistance_mohm end,
                last_internal_resistance_at = greatest(s.last_internal_resistance_at,
                                                       excluded.last_internal_resistance_at),
                cycle_count = case when s.cycle_count_at is null or excluded.cycle_count_at > s.cycle_count_at
                                   then coalesce(excluded.cycle_count, s.cycle_count)
                                   else s.cycle_count end,
                cycle_count_at = greatest(s.cycle_count_at, excluded.cycle_count_at),
                energy_throughput_kwh = case
                    when s.energy_throughput_at is null
                         or excluded.energy_throughput_at > s.energy_throughput_at
                    then coalesce(excluded.energy_throughput_kwh, s.energy_throughput_kwh)
                    else s.energy_throughput_kwh end,
                energy_throughput_at = greatest(s.energy_throughput_at, excluded.energy_throughput_at),
                max_temperature_c = greatest(s.max_temperature_c, excluded.max_temperature_c),
                min_temperature_c = least(s.min_temperature_c, excluded.min_temperature_c),
                last_soc_pct = case when excluded.last_at >= s.last_at
                                    then excluded.last_soc_pct else s.last_soc_pct end,
                last_temperature_c = case when excluded.last_at >= s.last_at
                                          then excluded.last_temperature_c else s.last_temperature_c end,
                last_voltage_v = case when excluded.last_at >= s.last_at
                                      then excluded.last_voltage_v else s.last_voltage_v end,
                last_min_cell_voltage_v = case when excluded.last_at >= s.last_at
                                               then excluded.last_min_cell_voltage_v
                                               else s.last_min_cell_voltage_v end,
                last_max_cell_voltage_v = case when excluded.last_at >= s.last_at
                                               then excluded.last_max_cell_voltage_v
                                               else s.last_max_cell_voltage_v end,
                first_power_capability_w = case
                    when s.first_power_capability_at is null
                         or excluded.first_power_capability_at < s.first_power_capability_at
                    then coalesce(excluded.first_power_capability_w, s.first_power_capability_w)
                    else s.first_power_capability_w end,
                first_power_capability_at = least(s.first_power_capability_at, excluded.first_power_capability_at),
                last_power_capability_w = case
                    when s.last_power_capability_at is null
                         or excluded.last_power_capability_at > s.last_power_capability_at
                    then coalesce(excluded.last_power_capability_w, s.last_power_capability_w)
                    else s.last_power_capability_w end,
                last_power_capability_at = greatest(s.last_power_capability_at, excluded.last_power_capability_at),
                first_round_trip_efficiency_pct = case
                    when s.first_round_trip_efficiency_at is null
                         or excluded.first_round_trip_efficiency_at < s.first_round_trip_efficiency_at
                    then coalesce(excluded.first_round_trip_efficiency_pct, s.first_round_trip_efficiency_pct)
                    else s.first_round_trip_efficiency_pct end,
                first_round_trip_efficiency_at = least(s.first_round_trip_efficiency_at,
                    excluded.first_round_trip_efficiency_at),
                last_round_trip_efficiency_pct = case
                    when s.last_round_trip_efficiency_at is null
                         or excluded.last_round_trip_efficiency_at > s.last_round_trip_efficiency_at
                    then coalesce(excluded.last_round_trip_efficiency_pct, s.last_round_trip_efficiency_pct)
                    else s.last_round_trip_efficiency_pct end,
                last_round_trip_efficiency_at = greatest(s.last_round_trip_efficiency_at,
                    excluded.last_round_trip_efficiency_at),
                first_self_discharge_pct_month = case
                    when s.first_self_discharge_at is null
                         or excluded.first_self_discharge_at < s.first_self_discharge_at
                    then coalesce(excluded.first_self_discharge_pct_month, s.first_self_discharge_pct_month)
                    else s.first_self_discharge_pct_month end,
                first_self_discharge_at = least(s.first_self_discharge_at, excluded.first_self_discharge_at),
                last_self_discharge_pct_month = case
                    when s.last_self_discharge_at is null
                         or excluded.last_self_discharge_at > s.last_self_discharge_at
                    then coalesce(excluded.last_self_discharge_pct_month, s.last_self_discharge_pct_month)
                    else s.last_self_discharge_pct_month end,
                last_self_discharge_at = greatest(s.last_self_discharge_at, excluded.last_self_discharge_at),
                updated_at = now()
            """;

    /** The span of one battery's batch; see {@link #MERGE_STATS}. */
    static final String ONE_BATTERY_BATCH =
            "select cast(:key as bigint) as battery_id,"
                    + " cast(:lo as timestamptz) as lo, cast(:hi as timestamptz) as hi,"
                    + " cast(:added as bigint) as added";

    /** The spans of an import's batches, per battery; see {@link #MERGE_STATS}. */
    static final String IMPORT_BATCH =
            "select battery_id, min(measured_at) as lo,"
                    + " max(measured_at) as hi, count(*) as added from sox_import group by battery_id";

    void mergeStats(long batteryKey, Instant lo, Instant hi, long added) {
        jdbc.sql(MERGE_STATS.formatted(ONE_BATTERY_BATCH))
                .param("key", batteryKey)
                .param("lo", utc(lo))
                .param("hi", utc(hi))
                .param("added", added)
                .update();
    }

    void mergeImportStats() {
        jdbc.sql(MERGE_STATS.formatted(IMPORT_BATCH)).update();
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    SoxRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    SoxThresholds thresholds() {
        Map<String, Double> values =
                jdbc
                        .sql("select code, value from sox_threshold")
                        .query(
                                (rs, n) ->
                                        Map.entry(
                                                rs.getString(1), rs.getBigDecimal(2).doubleValue()))
                        .list()
                        .stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new SoxThresholds(
                required(values, "EXTREME_HIGH_TEMPERATURE"),
                required(values, "EXTREME_LOW_TEMPERATURE"),
                required(values, "MAX_READING_INTERVAL"));
    }

    void insert(long batteryKey, List<SoxReading> readings) {
        String sql =
                "insert into sox_reading (battery_id, "
                        + COLUMNS
                        + ")"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        template.batchUpdate(
                sql,
                readings,
                500,
                (ps, r) -> {
                    ps.setLong(1, batteryKey);
                    ps.setObject(2, utc(r.measuredAt()));
                    setDouble(ps, 3, r.soh());
                    setDouble(ps, 4, r.soc());
                    setDouble(ps, 5, r.dod());
                    setDouble(ps, 6, r.soce());
                    setDouble(ps, 7, r.temperatureC());
                    setDouble(ps, 8, r.voltageV());
                    setDouble(ps, 9, r.minCellVoltageV());
                    setDouble(ps, 10, r.maxCellVoltageV());
                    setDouble(ps, 11, r.internalResistanceMohm());
                    ps.setObject(12, r.cycleCount(), Types.INTEGER);
                    setDouble(ps, 13, r.energyThroughputKwh());
                    setDouble(ps, 14, r.capacityThroughputAh());
                    setDouble(ps, 15, r.powerCapabilityW());
                    setDouble(ps, 16, r.roundTripEfficiencyPct());
                    setDouble(ps, 17, r.selfDischargePctPerMonth());
                    ps.setString(18, r.source().name());
                });
    }

    /** Which of the given instants the battery already has readings for. */
    Set<Instant> recorded(long batteryKey, List<Instant> instants) {
        List<OffsetDateTime> values = instants.stream().map(SoxRepository::utc).toList();
        return new HashSet<>(
                jdbc.sql(
                                """
                        select measured_at from sox_reading
                        where battery_id = :key and measured_at in (:instants)
                        """)
                        .param("key", batteryKey)
                        .param("instants", values)
                        .query((rs, n) -> instant(rs, "measured_at"))
                        .list());
    }

    List<SoxReading> range(long batteryKey, Instant from, Instant to, int limit) {
        return jdbc.sql(
                        "select "
                                + COLUMNS
                                + " from sox_reading"
                                + " where battery_id = :key and measured_at >= :from and measured_at < :to"
                                + " order by measured_at limit :limit")
                .param("key", batteryKey)
                .param("from", utc(from))
                .param("to", utc(to))
                .param("limit", limit)
                .query(SoxRepository::reading)
                .list();
    }

    Optional<SoxReading> latest(long batteryKey) {
        return jdbc.sql(
                        "select "
                                + COLUMNS
                                + " from sox_reading where battery_id = :key"
                                + " order by measured_at desc limit 1")
                .param("key", batteryKey)
                .query(SoxRepository::reading)
                .optional();
    }

    /** The first and the last instant of the battery's series, if it has readings. */
    Optional<Instant[]> bounds(long batteryKey) {
        return jdbc.sql(
                        """
                        select (select measured_at from sox_reading where battery_id = :key
                                order by measured_at limit 1) as first_at,
                               (select measured_at from sox_reading where battery_id = :key
                                order by measured_at desc limit 1) as last_at
                        """)
                .param("key", batteryKey)
                .query(
                        (rs, n) ->
                                rs.getObject("first_at") == null
                                        ? null
                                        : new Instant[] {
                                            instant(rs, "first_at"), instant(rs, "last_at")
                                        })
                .optional();
    }

    List<SoxSeries.Point> series(long batteryKey, Instant from, Instant to, long bucketMicros) {
        return jdbc.sql(
                        """
                        select date_bin(:width * interval '1 microsecond', measured_at, :from) as at,
                               count(*) as readings,
                               avg(soh_pct) as soh_avg, min(soh_pct) as soh_min, max(soh_pct) as soh_max,
                               avg(soc_pct) as soc_avg, min(soc_pct) as soc_min, max(soc_pct) as soc_max,
                               avg(temperature_c) as t_avg, min(temperature_c) as t_min,
                               max(temperature_c) as t_max,
                               avg(voltage_v) as v_avg, min(voltage_v) as v_min, max(voltage_v) as v_max
                        from sox_reading
                        where battery_id = :key and measured_at >= :from and measured_at < :to
                        group by 1
                        order by 1
                        """)
                .param("width", bucketMicros)
                .param("key", batteryKey)
                .param("from", utc(from))
                .param("to", utc(to))
                .query(
                        (rs, n) ->
                                new SoxSeries.Point(
                                        instant(rs, "at"),
                                        rs.getLong("readings"),
                                        band(rs, "soh"),
                                        band(rs, "soc"),
                                        band(rs, "t"),
                                        band(rs, "v")))
                .list();
    }

    Optional<SoxSummary> summary(long batteryKey, String identifier, SoxThresholds thresholds) {
        return jdbc.sql(SUMMARY.formatted("where r.battery_id = :key"))
                .param("key", batteryKey)
                .param("high", thresholds.highTemperatureC())
                .param("low", thresholds.lowTemperatureC())
                .param("max_interval", thresholds.maxReadingIntervalMin())
                .query((rs, n) -> summary(rs, identifier, thresholds))
                .optional();
    }

    /**
     * Every battery's summary, streamed row by row; run inside a read-only transaction so that the
     * driver fetches with a cursor instead of holding all rows.
     *
     * <p>The battery identifier comes from the passport's {@code battery} table: the one read of
     * another module's table here, kept because the export would otherwise ask for every identifier
     * one by one.
     */
    void summaries(SoxThresholds thresholds, Consumer<SoxSummary> consumer) {
        String sql =
                "select b.identifier, x.* from ("
                        + SUMMARY.formatted("")
                        + ") x join battery_identity b on b.battery_key = x.battery_id order by b.identifier";
        jdbc.sql(sql)
                .withFetchSize(500)
                .param("high", thresholds.highTemperatureC())
                .param("low", thresholds.lowTemperatureC())
                .param("max_interval", thresholds.maxReadingIntervalMin())
                .query(
                        rs -> {
                            consumer.accept(summary(rs, rs.getString("identifier"), thresholds));
                        });
    }

    /**
     * The pack view's SoX: the latest reading's values and the lifetime aggregates, all kept in the
     * battery's rollup row: one primary-key lookup, however long the series.
     */
    Optional<PackView.Sox> packViewSox(long batteryKey) {
        return Optional.ofNullable(packViewSox(List.of(batteryKey)).get(batteryKey));
    }

    /** The latest reading and the aggregates of several batteries, in one query of the rollup. */
    Map<Long, PackView.Sox> packViewSox(Collection<Long> batteryKeys) {
        Map<Long, PackView.Sox> found = new HashMap<>();
        if (batteryKeys.isEmpty()) {
            return found;
        }
        jdbc.sql(
                        """
                        select s.*, s.last_at as measured_at, s.last_soc_pct as soc_pct,
                               s.last_temperature_c as temperature_c, s.last_voltage_v as voltage_v,
                               s.last_min_cell_voltage_v as min_cell_voltage_v,
                               s.last_max_cell_voltage_v as max_cell_voltage_v
                        from sox_battery_stats s where s.battery_id = any(:keys::bigint[])
                        """)
                .param("keys", batteryKeys.toArray(Long[]::new))
                .query(
                        (rs, n) ->
                                found.put(
                                        rs.getLong(1),
                                        new PackView.Sox(
                                                instant(rs, "measured_at"),
                                                dbl(rs, "last_soh_pct"),
                                                dbl(rs, "soc_pct"),
                                                dbl(rs, "temperature_c"),
                                                dbl(rs, "voltage_v"),
                                                dbl(rs, "min_cell_voltage_v"),
                                                dbl(rs, "max_cell_voltage_v"),
                                                (Integer) rs.getObject("cycle_count"),
                                                dbl(rs, "energy_throughput_kwh"),
                                                dbl(rs, "max_temperature_c"),
                                                dbl(rs, "min_temperature_c"),
                                                dbl(rs, "first_soh_pct"),
                                                dbl(rs, "first_internal_resistance_mohm"),
                                                dbl(rs, "last_internal_resistance_mohm"),
                                                dbl(rs, "last_power_capability_w"),
                                                dbl(rs, "first_power_capability_w"),
                                                dbl(rs, "last_round_trip_efficiency_pct"),
                                                dbl(rs, "first_round_trip_efficiency_pct"),
                                                dbl(rs, "last_self_discharge_pct_month"),
                                                dbl(rs, "first_self_discharge_pct_month"))))
                .list();
        return found;
    }

    private static SoxSummary summary(ResultSet rs, String identifier, SoxThresholds thresholds)
            throws SQLException {
        return new SoxSummary(
                identifier,
                rs.getLong("readings"),
                instant(rs, "first_at"),
                instant(rs, "last_at"),
                dbl(rs, "first_soh"),
                dbl(rs, "last_soh"),
                dbl(rs, "latest_soc"),
                dbl(rs, "first_ir"),
                dbl(rs, "last_ir"),
                (Integer) rs.getObject("cycle_count"),
                dbl(rs, "energy_kwh"),
                dbl(rs, "max_temperature"),
                dbl(rs, "min_temperature"),
                rs.getDouble("minutes_above"),
                rs.getDouble("minutes_below"),
                dbl(rs, "max_spread"),
                thresholds.highTemperatureC(),
                thresholds.lowTemperatureC());
    }

    static SoxReading reading(ResultSet rs, int row) throws SQLException {
        return new SoxReading(
                instant(rs, "measured_at"),
                dbl(rs, "soh_pct"),
                dbl(rs, "soc_pct"),
                dbl(rs, "dod_pct"),
                dbl(rs, "soce_pct"),
                dbl(rs, "temperature_c"),
                dbl(rs, "voltage_v"),
                dbl(rs, "min_cell_voltage_v"),
                dbl(rs, "max_cell_voltage_v"),
                dbl(rs, "internal_resistance_mohm"),
                (Integer) rs.getObject("cycle_count"),
                dbl(rs, "energy_throughput_kwh"),
                dbl(rs, "capacity_throughput_ah"),
                dbl(rs, "power_capability_w"),
                dbl(rs, "round_trip_efficiency_pct"),
                dbl(rs, "self_discharge_pct_month"),
                SoxReading.Origin.valueOf(rs.getString("source")));
    }

    private static SoxSeries.Band band(ResultSet rs, String prefix) throws SQLException {
        Double avg = dbl(rs, prefix + "_avg");
        if (avg == null) {
            return null;
        }
        return new SoxSeries.Band(avg, dbl(rs, prefix + "_min"), dbl(rs, prefix + "_max"));
    }

    static Double dbl(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.doubleValue();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static void setDouble(java.sql.PreparedStatement ps, int index, Double value)
            throws SQLException {
        ps.setObject(index, value, Types.DOUBLE);
    }

    private static double required(Map<String, Double> values, String code) {
        Double value = values.get(code);
        if (value == null) {
            throw new IllegalStateException("sox_threshold " + code + " is missing");
        }
        return value;
    }
}
