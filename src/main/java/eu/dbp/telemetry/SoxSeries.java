package eu.dbp.telemetry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A battery's SoX series cut into equal time buckets for a chart: at most the requested number of
 * points between {@code from} (inclusive) and {@code to} (exclusive). Buckets without readings are
 * left out.
 */
public record SoxSeries(
        String identifier, Instant from, Instant to, Duration bucket, List<Point> points) {

    public SoxSeries {
        points = List.copyOf(points);
    }

    /** One bucket starting at {@code at}; a band is {@code null} when no reading had the value. */
    public record Point(
            Instant at, long readings, Band soh, Band soc, Band temperatureC, Band voltageV) {}

    /** Average, lowest and highest value in a bucket. */
    public record Band(double avg, double min, double max) {}
}
