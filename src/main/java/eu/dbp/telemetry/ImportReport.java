package eu.dbp.telemetry;

import java.util.List;

/**
 * The outcome of a bulk import.
 *
 * @param lines non-blank lines read
 * @param written readings stored
 * @param rejected lines refused
 * @param errors the refused lines, at most {@link #MAX_LISTED_ERRORS} of them
 * @param errorsTruncated more lines were refused than are listed
 */
public record ImportReport(
        ImportMode mode,
        long lines,
        long written,
        long rejected,
        List<LineError> errors,
        boolean errorsTruncated) {

    /** A report lists this many refused lines at most; the counts are always complete. */
    public static final int MAX_LISTED_ERRORS = 1000;

    public ImportReport {
        errors = List.copyOf(errors);
    }

    /**
     * One broken rule of one line.
     *
     * @param line 1-based line number in the request body
     * @param field the field of that line, for example {@code soh}, or {@code $} for the line
     */
    public record LineError(long line, String field, String rule, String message) {}
}
