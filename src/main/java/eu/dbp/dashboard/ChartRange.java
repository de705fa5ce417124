package eu.dbp.dashboard;

import java.time.Duration;
import java.util.Arrays;

/** The time ranges the SoX charts offer, counted back from the latest reading. */
enum ChartRange {
    ALL("all", null),
    DAYS_30("30d", Duration.ofDays(30)),
    DAYS_90("90d", Duration.ofDays(90)),
    YEAR("365d", Duration.ofDays(365));

    private final String code;
    private final Duration span;

    ChartRange(String code, Duration span) {
        this.code = code;
        this.span = span;
    }

    public String code() {
        return code;
    }

    public Duration span() {
        return span;
    }

    /** The range named by {@code code}; everything unknown means all readings. */
    static ChartRange of(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst().orElse(ALL);
    }
}
