package eu.dbp.passport;

import eu.dbp.platform.FieldViolation;
import java.util.List;

/**
 * The outcome of a bulk import of JSON lines.
 *
 * @param mode ATOMIC (all or nothing) or REPORT (good lines kept, bad ones reported)
 * @param lines non-blank lines read
 * @param imported lines written
 * @param rejected the lines refused, each with its line number (1-based) and broken rules
 */
public record ImportReport(Mode mode, int lines, int imported, List<RejectedLine> rejected) {

    public enum Mode {
        ATOMIC,
        REPORT
    }

    public record RejectedLine(int line, String id, List<FieldViolation> errors) {}
}
