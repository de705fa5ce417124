package eu.dbp.decision;

import eu.dbp.platform.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/exports/features}: CSV or JSON, chosen by {@code ?format=} or else by the
 * Accept header (JSON unless {@code text/csv} is asked for). Written straight to the response.
 */
@RestController
class FeatureExportController {

    private final FeatureExport export;

    FeatureExportController(FeatureExport export) {
        this.export = export;
    }

    @GetMapping(
            value = "/api/v1/exports/features",
            produces = {"text/csv", MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE})
    void features(
            @RequestParam(required = false) String format,
            @RequestHeader(value = "Accept", required = false) String accept,
            HttpServletResponse response)
            throws IOException {
        FeatureExport.Format chosen = choose(format, accept);
        if (chosen == FeatureExport.Format.CSV) {
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"features.csv\"");
        } else {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        }
        export.write(chosen, response.getOutputStream());
    }

    static FeatureExport.Format choose(String format, String accept) {
        if (format != null) {
            try {
                return FeatureExport.Format.valueOf(format.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(
                        "format",
                        "one of csv, json",
                        "format must be csv or json, was '" + format + "'");
            }
        }
        if (accept != null
                && List.of(accept.toLowerCase(Locale.ROOT).split(",")).stream()
                        .anyMatch(type -> type.trim().startsWith("text/csv"))) {
            return FeatureExport.Format.CSV;
        }
        return FeatureExport.Format.JSON;
    }
}
