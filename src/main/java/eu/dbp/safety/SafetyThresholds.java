package eu.dbp.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures and rule tables behind the safety assessment, each with its source, read from {@code
 * safety-thresholds.csv} next to this class. Nothing in the rules is a bare literal.
 */
public final class SafetyThresholds {

    private static final String RESOURCE = "safety-thresholds.csv";

    /** One figure or rule-table entry and where it comes from. */
    public record Threshold(String key, String value, String unit, String source) {

        public double number() {
            return Double.parseDouble(value);
        }

        public List<String> list() {
            return Arrays.stream(value.split(",")).map(String::trim).toList();
        }
    }

    private final Map<String, Threshold> byKey;

    private SafetyThresholds(Map<String, Threshold> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    /** The thresholds shipped with the application. */
    public static SafetyThresholds standard() {
        try (InputStream in = SafetyThresholds.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return parse(
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                            .lines()
                            .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** A copy with one value replaced, for what-if analysis and tests. */
    public SafetyThresholds with(String key, String value) {
        Threshold old = get(key);
        Map<String, Threshold> copy = new LinkedHashMap<>(byKey);
        copy.put(key, new Threshold(key, value, old.unit(), "override of: " + old.source()));
        return new SafetyThresholds(copy);
    }

    public Threshold get(String key) {
        Threshold threshold = byKey.get(key);
        if (threshold == null) {
            throw new IllegalStateException("No safety threshold '" + key + "' in " + RESOURCE);
        }
        return threshold;
    }

    public double number(String key) {
        return get(key).number();
    }

    public List<Threshold> all() {
        return List.copyOf(byKey.values());
    }

    static SafetyThresholds parse(List<String> lines) {
        Map<String, Threshold> byKey = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(";", 4);
            if (parts.length != 4) {
                throw new IllegalStateException("Malformed threshold line: " + line);
            }
            byKey.put(parts[0], new Threshold(parts[0], parts[1], parts[2], parts[3]));
        }
        return new SafetyThresholds(byKey);
    }
}
