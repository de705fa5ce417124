package eu.dbp.telemetry;

import eu.dbp.passport.PassportService;
import eu.dbp.platform.FieldViolation;
import eu.dbp.platform.InvalidInputException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The telemetry module's public face: SoX readings in (one battery, or many in bulk) and out
 * (ranges, latest values, chart series, lifetime summaries). Batteries are named by their passport
 * identifier; an unknown one is a {@link eu.dbp.platform.NotFoundException}.
 *
 * <p>A reading is identified by battery and instant: a second reading at the same instant is
 * refused as a duplicate (never silently overwritten), so a re-sent batch cannot change history.
 */
@Service
public class TelemetryService {

    /** Readings one append may carry; larger batches go through {@link #importLines}. */
    public static final int MAX_APPEND = 10_000;

    public static final int MAX_RANGE_LIMIT = 10_000;
    public static final int MAX_POINTS = 2_000;

    private static final Instant EARLIEST = Instant.EPOCH;

    private final PassportService passports;
    private final SoxRepository repository;
    private final SoxImporter importer;

    TelemetryService(PassportService passports, SoxRepository repository, SoxImporter importer) {
        this.passports = passports;
        this.repository = repository;
        this.importer = importer;
    }

    /**
     * Stores readings of one battery, all or none.
     *
     * @return the number of readings stored
     * @throws InvalidInputException naming {@code [i].field} for every broken rule, including
     *     instants given twice or already recorded
     */
    @Transactional
    public int append(String identifier, List<SoxReading> readings) {
        long key = passports.batteryKey(identifier);
        if (readings == null || readings.isEmpty()) {
            throw new InvalidInputException("$", "not empty", "at least one reading is required");
        }
        if (readings.size() > MAX_APPEND) {
            throw new InvalidInputException(
                    "$",
                    "at most " + MAX_APPEND,
                    readings.size()
                            + " readings in one request; send larger batches to /api/v1/sox/import");
        }

        List<FieldViolation> violations = new ArrayList<>();
        Instant now = Instant.now();
        Map<Instant, Integer> seen = new HashMap<>();
        for (int i = 0; i < readings.size(); i++) {
            SoxReading reading = readings.get(i);
            violations.addAll(ReadingRules.check(reading, "[" + i + "].", now));
            if (reading != null && reading.measuredAt() != null) {
                Integer first = seen.putIfAbsent(reading.measuredAt(), i);
                if (first != null) {
                    violations.add(
                            new FieldViolation(
                                    "[" + i + "].measuredAt",
                                    "unique",
                                    "the same instant as reading [" + first + "]"));
                }
            }
        }
        Set<Instant> recorded = repository.recorded(key, List.copyOf(seen.keySet()));
        for (int i = 0; i < readings.size(); i++) {
            SoxReading reading = readings.get(i);
            if (reading != null && recorded.contains(reading.measuredAt())) {
                violations.add(
                        new FieldViolation(
                                "[" + i + "].measuredAt",
                                "unique",
                                "battery "
                                        + identifier
                                        + " already has a reading at "
                                        + reading.measuredAt()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }

        repository.insert(key, readings);
        repository.mergeStats(
                key,
                Collections.min(seen.keySet()),
                Collections.max(seen.keySet()),
                readings.size());
        return readings.size();
    }

    /**
     * Imports JSON lines, each {@code {"battery": "<identifier>", "measuredAt": ..., ...}} with the
     * fields of {@link SoxReading}. The stream is read once, in chunks; the import is one
     * transaction.
     *
     * @throws InvalidInputException in {@link ImportMode#ATOMIC} mode when any line is bad, naming
     *     {@code lines[n].field} (1-based line numbers)
     */
    @Transactional
    public ImportReport importLines(InputStream ndjson, ImportMode mode) {
        return importer.run(ndjson, mode, battery -> true);
    }

    /**
     * {@link #importLines(InputStream, ImportMode)} for a caller who may write only some batteries:
     * a line naming a battery {@code mayWrite} refuses is a bad line.
     */
    @Transactional
    public ImportReport importLines(
            InputStream ndjson, ImportMode mode, Predicate<String> mayWrite) {
        return importer.run(ndjson, mode, mayWrite);
    }

    /**
     * Readings of one battery in time order.
     *
     * @param from inclusive; {@code null} for the beginning
     * @param to exclusive; {@code null} for no end
     * @param limit 1 to {@link #MAX_RANGE_LIMIT}
     */
    @Transactional(readOnly = true)
    public List<SoxReading> range(String identifier, Instant from, Instant to, int limit) {
        long key = passports.batteryKey(identifier);
        if (limit < 1 || limit > MAX_RANGE_LIMIT) {
            throw new InvalidInputException(
                    "limit",
                    "range 1.." + MAX_RANGE_LIMIT,
                    "limit must be between 1 and " + MAX_RANGE_LIMIT + ", was " + limit);
        }
        Instant start = from == null ? EARLIEST : from;
        Instant end = to == null ? Instant.now().plus(Duration.ofDays(1)) : to;
        requireOrder(start, end);
        return repository.range(key, start, end, limit);
    }

    /** The most recent reading, if the battery has any. */
    @Transactional(readOnly = true)
    public Optional<SoxReading> latest(String identifier) {
        return repository.latest(passports.batteryKey(identifier));
    }

    /**
     * The series cut into equal buckets, at most {@code points} of them, covering {@code [from,
     * to)}; without {@code from}/{@code to} it covers all readings.
     */
    @Transactional(readOnly = true)
    public SoxSeries series(String identifier, Instant from, Instant to, int points) {
        long key = passports.batteryKey(identifier);
        if (points < 1 || points > MAX_POINTS) {
            throw new InvalidInputException(
                    "points",
                    "range 1.." + MAX_POINTS,
                    "points must be between 1 and " + MAX_POINTS + ", was " + points);
        }
        Optional<Instant[]> bounds =
                from != null && to != null ? Optional.empty() : repository.bounds(key);
        Instant start = from != null ? from : bounds.map(b -> b[0]).orElse(null);
        Instant end =
                to != null ? to : bounds.map(b -> b[1].plus(1, ChronoUnit.MICROS)).orElse(null);
        if (start == null || end == null) {
            return new SoxSeries(identifier, from, to, Duration.ZERO, List.of());
        }
        requireOrder(start, end);

        long rangeMicros = ChronoUnit.MICROS.between(start, end);
        long bucketMicros = Math.max(1, (rangeMicros + points - 1) / points);
        return new SoxSeries(
                identifier,
                start,
                end,
                Duration.of(bucketMicros, ChronoUnit.MICROS),
                repository.series(key, start, end, bucketMicros));
    }

    /** Lifetime figures of one battery; zero readings and {@code null} values when it has none. */
    @Transactional(readOnly = true)
    public SoxSummary summary(String identifier) {
        long key = passports.batteryKey(identifier);
        SoxThresholds thresholds = repository.thresholds();
        return repository
                .summary(key, identifier, thresholds)
                .orElseGet(
                        () ->
                                new SoxSummary(
                                        identifier,
                                        0,
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
                                        0,
                                        0,
                                        null,
                                        thresholds.highTemperatureC(),
                                        thresholds.lowTemperatureC()));
    }

    /** Summaries of every battery that has readings, ordered by identifier. */
    @Transactional(readOnly = true)
    public List<SoxSummary> summaries() {
        List<SoxSummary> out = new ArrayList<>();
        forEachSummary(out::add);
        return out;
    }

    /**
     * Streams the summaries of every battery that has readings, ordered by identifier, without
     * holding them all in memory: for exports over many batteries.
     */
    @Transactional(readOnly = true)
    public void forEachSummary(Consumer<SoxSummary> consumer) {
        repository.summaries(repository.thresholds(), consumer);
    }

    private static void requireOrder(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw new InvalidInputException(
                    "from", "before to", "from " + from + " must be before to " + to);
        }
    }
}
