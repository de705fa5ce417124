package eu.dbp.passport;

import eu.dbp.platform.ConflictException;
import eu.dbp.platform.CurrentActor;
import eu.dbp.platform.FieldViolation;
import eu.dbp.platform.InvalidInputException;
import eu.dbp.platform.NotFoundException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers many passports from JSON lines, streaming: one document in memory at a time. In ATOMIC
 * mode every line shares one transaction and a single bad line rolls all back (the rest are still
 * checked so that the report names every bad line); in REPORT mode each line commits on its own.
 */
@Service
public class PassportImport {

    private static final Logger log = LoggerFactory.getLogger(PassportImport.class);
    private static final int MAX_REPORTED = 1000;

    private final PassportService passports;
    private final JsonMapper json;
    private final TransactionTemplate transactions;
    private final CurrentActor actor;

    PassportImport(
            PassportService passports,
            JsonMapper json,
            TransactionTemplate transactions,
            CurrentActor actor) {
        this.passports = passports;
        this.json = json;
        this.transactions = transactions;
        this.actor = actor;
    }

    public ImportReport importLines(InputStream body, ImportReport.Mode mode) {
        String organisation = actor.get().organisation();
        if (organisation == null) {
            throw new InvalidInputException(
                    "manufacturer",
                    "authenticated organisation",
                    "passports are imported by an organisation; this caller acts for none");
        }
        ImportReport report =
                mode == ImportReport.Mode.ATOMIC
                        ? transactions.execute(
                                status -> {
                                    ImportReport atomic = run(body, mode, organisation);
                                    if (!atomic.rejected().isEmpty()) {
                                        status.setRollbackOnly();
                                    }
                                    return atomic;
                                })
                        : run(body, mode, organisation);
        log.info(
                "Imported {} of {} passports ({} mode, {} rejected)",
                report.imported(),
                report.lines(),
                mode,
                report.rejected().size());
        return report;
    }

    private ImportReport run(InputStream body, ImportReport.Mode mode, String organisation) {
        List<ImportReport.RejectedLine> rejected = new ArrayList<>();
        int lines = 0;
        int imported = 0;
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                lines++;
                boolean write = mode == ImportReport.Mode.REPORT || rejected.isEmpty();
                ImportReport.RejectedLine problem =
                        importLine(number, line, organisation, mode, write);
                if (problem == null) {
                    imported += write ? 1 : 0;
                } else if (rejected.size() < MAX_REPORTED) {
                    rejected.add(problem);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the import body could not be read", e);
        }
        int written = mode == ImportReport.Mode.ATOMIC && !rejected.isEmpty() ? 0 : imported;
        return new ImportReport(mode, lines, written, List.copyOf(rejected));
    }

    /** Imports one line, or only checks it once an atomic import has already failed. */
    private ImportReport.RejectedLine importLine(
            int number, String line, String organisation, ImportReport.Mode mode, boolean write) {
        PassportDocument document;
        try {
            document = json.readValue(line, PassportDocument.class);
        } catch (JacksonException e) {
            return new ImportReport.RejectedLine(
                    number,
                    null,
                    List.of(new FieldViolation("$", "readable JSON", e.getOriginalMessage())));
        }
        try {
            if (!write) {
                passports.validate(document);
            } else if (mode == ImportReport.Mode.ATOMIC) {
                passports.importFor(organisation, document);
            } else {
                transactions.executeWithoutResult(
                        status -> passports.importFor(organisation, document));
            }
            return null;
        } catch (InvalidInputException e) {
            return new ImportReport.RejectedLine(number, document.id(), e.violations());
        } catch (ConflictException | NotFoundException e) {
            return new ImportReport.RejectedLine(
                    number,
                    document.id(),
                    List.of(new FieldViolation("id", "unique", e.getMessage())));
        } catch (DataIntegrityViolationException e) {
            return new ImportReport.RejectedLine(
                    number,
                    document.id(),
                    List.of(
                            new FieldViolation(
                                    "$",
                                    "database constraint",
                                    e.getMostSpecificCause().getMessage())));
        }
    }
}
