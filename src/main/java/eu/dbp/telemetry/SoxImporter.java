package eu.dbp.telemetry;

import eu.dbp.passport.PassportService;
import eu.dbp.platform.FieldViolation;
import eu.dbp.platform.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bulk import of JSON lines, one reading of any battery per line. The body is streamed: good lines
 * go in chunks through PostgreSQL's COPY into a session-local staging table; duplicates (the same
 * battery and instant twice in the file, or already stored) are found there by SQL; then one {@code
 * insert ... select} moves the accepted rows into {@code sox_reading}. The whole import is one
 * transaction, so an atomic import that finds a bad line writes nothing.
 *
 * <p>Must run inside a transaction: the staging table lives until its commit.
 */
@Component
class SoxImporter {

    private static final Logger log = LoggerFactory.getLogger(SoxImporter.class);

    private static final int CHUNK = 5_000;

    /** Marks a battery the caller may not write; compared by identity. */
    private static final OptionalLong FORBIDDEN = OptionalLong.of(-1);

    private static final String STAGE =
            """
            create temp table sox_import (
                line bigint not null, battery_id bigint not null, measured_at timestamptz not null,
                soh_pct numeric, soc_pct numeric, dod_pct numeric, soce_pct numeric,
                temperature_c numeric, voltage_v numeric, min_cell_voltage_v numeric,
                max_cell_voltage_v numeric, internal_resistance_mohm numeric, cycle_count integer,
                energy_throughput_kwh numeric, capacity_throughput_ah numeric, power_capability_w numeric,
                round_trip_efficiency_pct numeric, self_discharge_pct_month numeric, source text not null
            ) on commit drop
            """;

    private static final String DUPLICATES =
            """
            select line, first_line from (
                select line, first_value(line) over (
                           partition by battery_id, measured_at order by line) as first_line
                from sox_import) d
            where line <> first_line
            union all
            select i.line, null from sox_import i
            where exists (select 1 from sox_reading r
                          where r.battery_id = i.battery_id and r.measured_at = i.measured_at)
            order by 1
            """;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final PassportService passports;
    private final ObjectReader readingReader;
    private final JsonMapper json;
    private final SoxRepository repository;

    SoxImporter(
            DataSource dataSource,
            JdbcClient jdbc,
            PassportService passports,
            JsonMapper json,
            SoxRepository repository) {
        this.dataSource = dataSource;
        this.repository = repository;
        this.jdbc = jdbc;
        this.passports = passports;
        this.json = json;
        this.readingReader =
                json.readerFor(SoxReading.class)
                        .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * @param mayWrite whether the caller may write readings of the battery so named
     */
    ImportReport run(InputStream body, ImportMode mode, Predicate<String> mayWrite) {
        Run run = new Run(mode, Instant.now(), mayWrite);
        jdbc.sql(STAGE).update();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String text;
            long lineNo = 0;
            while ((text = reader.readLine()) != null) {
                lineNo++;
                if (!text.isBlank()) {
                    run.read(lineNo, text);
                }
                if (run.unresolved.size() >= CHUNK) {
                    run.flush();
                }
            }
            run.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the import body", e);
        }
        run.rejectDuplicates();

        if (mode == ImportMode.ATOMIC && run.rejected > 0) {
            throw new InvalidInputException(run.violations());
        }
        long written = run.write();
        log.info(
                "SoX import ({}) wrote {} of {} lines, rejected {}",
                mode,
                written,
                run.lines,
                run.rejected);
        return new ImportReport(
                mode,
                run.lines,
                written,
                run.rejected,
                run.errors,
                run.errorCount > run.errors.size());
    }

    private record Pending(long line, long batteryKey, SoxReading reading) {}

    /** The state of one import: counters, the chunk waiting for COPY and the battery keys seen. */
    private final class Run {

        final ImportMode mode;
        final Instant now;
        final Predicate<String> mayWrite;
        final Map<String, OptionalLong> keys = new HashMap<>();
        final List<Unresolved> unresolved = new ArrayList<>(CHUNK);
        final List<ImportReport.LineError> errors = new ArrayList<>();
        long errorCount;
        long lines;
        long rejected;

        Run(ImportMode mode, Instant now, Predicate<String> mayWrite) {
            this.mode = mode;
            this.now = now;
            this.mayWrite = mayWrite;
        }

        void read(long line, String text) {
            lines++;
            JsonNode node;
            try {
                node = json.readTree(text);
            } catch (JacksonException e) {
                reject(
                        line,
                        List.of(new FieldViolation("$", "readable JSON", e.getOriginalMessage())));
                return;
            }
            if (!(node instanceof ObjectNode object)) {
                reject(
                        line,
                        List.of(
                                new FieldViolation(
                                        "$", "JSON object", "the line is not a JSON object")));
                return;
            }
            JsonNode battery = object.remove("battery");
            List<FieldViolation> violations = new ArrayList<>();
            if (battery == null || !battery.isString() || battery.asString().isBlank()) {
                violations.add(
                        new FieldViolation(
                                "battery",
                                "required",
                                "battery (the passport identifier) is required"));
            }
            SoxReading reading;
            try {
                reading = readingReader.readValue(object);
            } catch (DatabindException e) {
                violations.add(new FieldViolation(path(e), "type", e.getOriginalMessage()));
                reject(line, violations);
                return;
            }
            violations.addAll(ReadingRules.check(reading, "", now));
            if (!violations.isEmpty()) {
                reject(line, violations);
                return;
            }
            unresolved.add(new Unresolved(line, battery.asString(), reading));
        }

        /** Resolves the battery keys of the chunk (no COPY runs meanwhile), then copies it. */
        void flush() {
            List<Pending> rows = new ArrayList<>(unresolved.size());
            for (Unresolved u : unresolved) {
                OptionalLong key = keys.computeIfAbsent(u.battery(), this::lookUp);
                if (key == FORBIDDEN) {
                    reject(
                            u.line(),
                            List.of(
                                    new FieldViolation(
                                            "battery",
                                            "write permission",
                                            "you may not write readings of battery "
                                                    + u.battery())));
                } else if (key.isEmpty()) {
                    reject(
                            u.line(),
                            List.of(
                                    new FieldViolation(
                                            "battery",
                                            "known battery",
                                            "battery " + u.battery() + " not found")));
                } else {
                    rows.add(new Pending(u.line(), key.getAsLong(), u.reading()));
                }
            }
            unresolved.clear();
            if (!rows.isEmpty()) {
                copy(rows);
            }
        }

        /**
         * Asks {@code exists} before {@code batteryKey}: a NotFoundException thrown through the
         * passport service's transactional proxy would mark this whole import rollback-only.
         */
        private OptionalLong lookUp(String identifier) {
            if (!mayWrite.test(identifier)) {
                return FORBIDDEN;
            }
            if (!passports.exists(identifier)) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(passports.batteryKey(identifier));
        }

        void rejectDuplicates() {
            jdbc.sql("create index on sox_import (battery_id, measured_at)").update();
            jdbc.sql("analyze sox_import").update();
            Map<Long, Long> duplicates = new LinkedHashMap<>();
            jdbc.sql(DUPLICATES)
                    .query(
                            rs -> {
                                long first = rs.getLong("first_line");
                                duplicates.putIfAbsent(
                                        rs.getLong("line"), rs.wasNull() ? null : first);
                            });
            duplicates.forEach(
                    (line, first) ->
                            reject(
                                    line,
                                    List.of(
                                            new FieldViolation(
                                                    "measuredAt",
                                                    "unique",
                                                    first == null
                                                            ? "the battery already has a reading at this instant"
                                                            : "the same battery and instant as line "
                                                                    + first))));
        }

        long write() {
            if (rejected > 0) {
                jdbc.sql(
                                """
                        delete from sox_import i
                        where exists (select 1 from sox_reading r
                                      where r.battery_id = i.battery_id and r.measured_at = i.measured_at)
                           or exists (select 1 from sox_import j
                                      where j.battery_id = i.battery_id and j.measured_at = i.measured_at
                                        and j.line < i.line)
                        """)
                        .update();
            }
            int written =
                    jdbc.sql(
                                    "insert into sox_reading (battery_id, "
                                            + SoxRepository.COLUMNS
                                            + ")"
                                            + " select battery_id, "
                                            + SoxRepository.COLUMNS
                                            + " from sox_import order by battery_id, measured_at")
                            .update();
            repository.mergeImportStats();
            return written;
        }

        void reject(long line, List<FieldViolation> violations) {
            rejected++;
            for (FieldViolation v : violations) {
                errorCount++;
                if (errors.size() < ImportReport.MAX_LISTED_ERRORS) {
                    errors.add(
                            new ImportReport.LineError(
                                    line,
                                    v.field(),
                                    v.rule(),
                                    "line " + line + ": " + v.message()));
                }
            }
        }

        List<FieldViolation> violations() {
            return errors.stream()
                    .map(
                            e ->
                                    new FieldViolation(
                                            "lines[" + e.line() + "]." + e.field(),
                                            e.rule(),
                                            e.message()))
                    .toList();
        }
    }

    private record Unresolved(long line, String battery, SoxReading reading) {}

    private void copy(List<Pending> rows) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        CopyIn copy = null;
        try {
            copy =
                    connection
                            .unwrap(PGConnection.class)
                            .getCopyAPI()
                            .copyIn(
                                    "copy sox_import (line, battery_id, "
                                            + SoxRepository.COLUMNS
                                            + ") from stdin with (format csv)");
            StringBuilder csv = new StringBuilder(64 * 1024);
            for (Pending row : rows) {
                appendCsv(csv, row);
                if (csv.length() > 60 * 1024) {
                    write(copy, csv);
                }
            }
            write(copy, csv);
            copy.endCopy();
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into the SoX staging table failed", e);
        } finally {
            if (copy != null && copy.isActive()) {
                try {
                    copy.cancelCopy();
                } catch (SQLException e) {
                    log.warn("Could not cancel an unfinished COPY", e);
                }
            }
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void write(CopyIn copy, StringBuilder csv) throws SQLException {
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        csv.setLength(0);
    }

    private static void appendCsv(StringBuilder csv, Pending row) {
        SoxReading r = row.reading();
        csv.append(row.line())
                .append(',')
                .append(row.batteryKey())
                .append(',')
                .append(r.measuredAt());
        for (Object value :
                new Object[] {
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
                    r.powerCapabilityW(),
                    r.roundTripEfficiencyPct(),
                    r.selfDischargePctPerMonth()
                }) {
            csv.append(',');
            if (value != null) {
                csv.append(value);
            }
        }
        csv.append(',').append(r.source().name()).append('\n');
    }

    private static String path(DatabindException e) {
        StringBuilder out = new StringBuilder();
        for (DatabindException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? "$" : out.toString();
    }
}
