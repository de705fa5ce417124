package eu.dbp.planning;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Planning figures (prior step times, force limits, labour rate) and per-model time calibrations,
 * each with its source, read from CSV files next to this class.
 */
final class PlanningFigures {

    record Figure(String key, double value, String unit, String source) {}

    enum Milestone {
        ISOLATE_AND_OPEN,
        MODULE_REMOVAL,
        TO_MODULE_LEVEL,
        TO_CELL_LEVEL
    }

    record Calibration(Pattern model, Milestone milestone, double minutes, String source) {}

    private final Map<String, Figure> figures;
    private final List<Calibration> calibrations;

    private PlanningFigures(Map<String, Figure> figures, List<Calibration> calibrations) {
        this.figures = Map.copyOf(figures);
        this.calibrations = List.copyOf(calibrations);
    }

    static PlanningFigures standard() {
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (String[] row : rows("planning-figures.csv", 4)) {
            figures.put(row[0], new Figure(row[0], Double.parseDouble(row[1]), row[2], row[3]));
        }
        List<Calibration> calibrations = new ArrayList<>();
        for (String[] row : rows("planning-calibration.csv", 4)) {
            calibrations.add(
                    new Calibration(
                            Pattern.compile(row[0]),
                            Milestone.valueOf(row[1]),
                            Double.parseDouble(row[2]),
                            row[3]));
        }
        return new PlanningFigures(figures, calibrations);
    }

    /** A copy with the labour rate set by configuration. */
    PlanningFigures withLabourRate(double eurPerHour, String source) {
        Map<String, Figure> copy = new LinkedHashMap<>(figures);
        copy.put(
                "labour.rate_eur_per_h",
                new Figure("labour.rate_eur_per_h", eurPerHour, "EUR/h", source));
        return new PlanningFigures(copy, calibrations);
    }

    Figure get(String key) {
        Figure figure = figures.get(key);
        if (figure == null) {
            throw new IllegalStateException("No planning figure '" + key + "'");
        }
        return figure;
    }

    double number(String key) {
        return get(key).value();
    }

    double numberOr(String key, double otherwise) {
        Figure figure = figures.get(key);
        return figure == null ? otherwise : figure.value();
    }

    List<Calibration> calibrationsFor(String model) {
        return calibrations.stream().filter(c -> c.model().matcher(model).matches()).toList();
    }

    private static List<String[]> rows(String resource, int columns) {
        try (InputStream in = PlanningFigures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            List<String[]> rows = new ArrayList<>();
            for (String line :
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                            .lines()
                            .toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split(";", columns);
                if (row.length != columns) {
                    throw new IllegalStateException("Malformed line in " + resource + ": " + line);
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
