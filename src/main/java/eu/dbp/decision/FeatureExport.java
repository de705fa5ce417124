package eu.dbp.decision;

import eu.dbp.passport.EventType;
import eu.dbp.telemetry.SoxSummary;
import eu.dbp.telemetry.TelemetryService;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * One row per battery of ML-ready signals joined with the recorded outcomes, written as it is read:
 * the passport facts come through a database cursor ordered by identifier and are merged with the
 * telemetry summaries, which stream in the same order, so memory stays flat however many batteries
 * there are.
 */
@Component
class FeatureExport {

    enum Format {
        CSV,
        JSON
    }

    private static final int FETCH_SIZE = 500;

    private static final List<String> ELEMENTS = List.of("LI", "NI", "CO", "MN", "CU", "AL");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> JSON_MAP = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final TelemetryService telemetry;
    private final ObjectMapper json;

    FeatureExport(JdbcClient jdbc, TelemetryService telemetry, ObjectMapper json) {
        this.jdbc = jdbc;
        this.telemetry = telemetry;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public void write(Format format, OutputStream out) {
        RowWriter writer = format == Format.CSV ? new CsvWriter(out) : new JsonWriter(json, out);
        try (Stream<Map<String, Object>> rows =
                jdbc
                        .sql(sql())
                        .withFetchSize(FETCH_SIZE)
                        .query(FeatureExport::passportFacts)
                        .stream()) {
            Iterator<Map<String, Object>> passports = rows.iterator();
            telemetry.forEachSummary(
                    summary -> {
                        while (passports.hasNext()) {
                            Map<String, Object> row = passports.next();
                            boolean match = row.get("identifier").equals(summary.identifier());
                            writer.write(withSignals(row, match ? summary : null));
                            if (match) {
                                return;
                            }
                        }
                    });
            passports.forEachRemaining(row -> writer.write(withSignals(row, null)));
        }
        writer.close();
    }

    static List<String> columns() {
        return new ArrayList<>(withSignals(passportColumns(), null).keySet());
    }

    // ----- passport facts -------------------------------------------------------------------

    /** Reads the passport module's report view; the route applied is this module's own. */
    private static String sql() {
        return """
                select f.*, rd.route_applied
                from battery_facts f
                left join lateral (
                    select route as route_applied
                    from route_decision where battery_id = f.battery_key
                    order by decided_at desc, id desc limit 1) rd on true
                order by f.identifier""";
    }

    private static Map<String, Object> passportFacts(ResultSet rs, int row) throws SQLException {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("identifier", rs.getString("identifier"));
        facts.put("model", rs.getString("model"));
        facts.put("category", rs.getString("category"));
        facts.put("chemistry", rs.getString("chemistry"));
        facts.put("status", rs.getString("status"));
        facts.put("ceased", rs.getBoolean("ceased"));
        facts.put("age_years", rs.getInt("age_years"));
        facts.put("rated_energy_kwh", rs.getDouble("rated_energy_kwh"));
        facts.put("rated_capacity_ah", rs.getDouble("rated_capacity_ah"));
        facts.put("mass_kg", rs.getDouble("mass_kg"));
        facts.put(
                "capacity_threshold_exhaustion_pct",
                nullableDouble(rs, "capacity_threshold_exhaustion_pct"));
        facts.put("module_count", rs.getInt("module_count"));
        Map<String, Object> counts = JSON.readValue(rs.getString("event_counts"), JSON_MAP);
        for (EventType type : EventType.values()) {
            Object count = counts.get(type.name());
            facts.put(
                    "ev_" + type.name().toLowerCase(Locale.ROOT),
                    count == null ? 0 : ((Number) count).intValue());
        }
        facts.put("ev_total", rs.getInt("event_total"));
        facts.put(
                "ev_max_severity",
                rs.getObject("event_max_severity") == null
                        ? null
                        : rs.getInt("event_max_severity"));
        facts.put("eol_outcome", rs.getString("eol_outcome"));
        facts.put("eol_process", rs.getString("eol_process"));
        facts.put("route_applied", rs.getString("route_applied"));
        Map<String, Object> recovered = JSON.readValue(rs.getString("recovered_kg"), JSON_MAP);
        for (String element : ELEMENTS) {
            Object mass = recovered.get(element);
            facts.put(
                    "recovered_" + element.toLowerCase(Locale.ROOT) + "_kg",
                    mass == null ? null : ((Number) mass).doubleValue());
        }
        return facts;
    }

    private static Map<String, Object> passportColumns() {
        Map<String, Object> columns = new LinkedHashMap<>();
        for (String name :
                List.of(
                        "identifier",
                        "model",
                        "category",
                        "chemistry",
                        "status",
                        "ceased",
                        "age_years",
                        "rated_energy_kwh",
                        "rated_capacity_ah",
                        "mass_kg",
                        "capacity_threshold_exhaustion_pct",
                        "module_count")) {
            columns.put(name, null);
        }
        for (EventType type : EventType.values()) {
            columns.put("ev_" + type.name().toLowerCase(Locale.ROOT), null);
        }
        for (String name :
                List.of(
                        "ev_total",
                        "ev_max_severity",
                        "eol_outcome",
                        "eol_process",
                        "route_applied")) {
            columns.put(name, null);
        }
        for (String element : ELEMENTS) {
            columns.put("recovered_" + element.toLowerCase(Locale.ROOT) + "_kg", null);
        }
        return columns;
    }

    /** Adds the use-phase signals after the identity columns; all null without readings. */
    private static Map<String, Object> withSignals(Map<String, Object> facts, SoxSummary sox) {
        Map<String, Object> row = new LinkedHashMap<>();
        List<String> outcomeColumns = List.of("eol_outcome", "eol_process", "route_applied");
        facts.forEach(
                (key, value) -> {
                    if (!outcomeColumns.contains(key) && !key.startsWith("recovered_")) {
                        row.put(key, value);
                    }
                });
        Double firstSoh = sox == null ? null : sox.firstSoh();
        Double lastSoh = sox == null ? null : sox.lastSoh();
        row.put("readings", sox == null ? 0L : sox.readings());
        row.put("soh_first_pct", firstSoh);
        row.put("soh_pct", lastSoh);
        row.put("capacity_fade_pct", lastSoh == null ? null : Numbers.round(100 - lastSoh, 3));
        row.put(
                "soh_drop_pct",
                firstSoh == null || lastSoh == null ? null : Numbers.round(firstSoh - lastSoh, 3));
        Double growth =
                sox == null
                        ? null
                        : Signals.growthPct(
                                sox.firstInternalResistanceMohm(),
                                sox.lastInternalResistanceMohm());
        row.put("resistance_growth_pct", growth == null ? null : Numbers.round(growth, 3));
        row.put("cycles", sox == null ? null : sox.cycleCount());
        row.put("energy_throughput_kwh", sox == null ? null : sox.energyThroughputKwh());
        row.put("max_temperature_c", sox == null ? null : sox.maxTemperatureC());
        row.put("min_temperature_c", sox == null ? null : sox.minTemperatureC());
        row.put(
                "minutes_above_high_temperature",
                sox == null ? null : Numbers.round(sox.minutesAboveHighTemperature(), 1));
        row.put(
                "minutes_below_low_temperature",
                sox == null ? null : Numbers.round(sox.minutesBelowLowTemperature(), 1));
        row.put("max_cell_voltage_spread_v", sox == null ? null : sox.maxCellVoltageSpreadV());
        facts.forEach(
                (key, value) -> {
                    if (outcomeColumns.contains(key) || key.startsWith("recovered_")) {
                        row.put(key, value);
                    }
                });
        return row;
    }

    private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    // ----- writers --------------------------------------------------------------------------

    private interface RowWriter {

        void write(Map<String, Object> row);

        void close();
    }

    private static final class CsvWriter implements RowWriter {

        private final Writer out;
        private boolean header;

        CsvWriter(OutputStream out) {
            this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        }

        @Override
        public void write(Map<String, Object> row) {
            try {
                if (!header) {
                    line(new ArrayList<>(row.keySet()));
                    header = true;
                }
                line(new ArrayList<>(row.values()));
            } catch (IOException e) {
                throw new UncheckedIOException("feature export interrupted", e);
            }
        }

        private void line(List<?> values) throws IOException {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(escape(values.get(i)));
            }
            out.write("\r\n");
        }

        static String escape(Object value) {
            if (value == null) {
                return "";
            }
            String text = value.toString();
            if (text.indexOf(',') < 0
                    && text.indexOf('"') < 0
                    && text.indexOf('\n') < 0
                    && text.indexOf('\r') < 0) {
                return text;
            }
            return '"' + text.replace("\"", "\"\"") + '"';
        }

        @Override
        public void close() {
            try {
                if (!header) {
                    line(columns());
                }
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("feature export interrupted", e);
            }
        }
    }

    private static final class JsonWriter implements RowWriter {

        private final JsonGenerator generator;

        JsonWriter(ObjectMapper json, OutputStream out) {
            this.generator = json.createGenerator(out);
            generator.writeStartArray();
        }

        @Override
        public void write(Map<String, Object> row) {
            generator.writeStartObject();
            row.forEach(
                    (key, value) -> {
                        generator.writeName(key);
                        generator.writePOJO(value);
                    });
            generator.writeEndObject();
        }

        @Override
        public void close() {
            generator.writeEndArray();
            generator.flush();
        }
    }
}
