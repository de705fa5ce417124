package eu.dbp.telemetry.web;

import eu.dbp.access.BatteryAccess;
import eu.dbp.platform.NotFoundException;
import eu.dbp.telemetry.ImportMode;
import eu.dbp.telemetry.ImportReport;
import eu.dbp.telemetry.SoxReading;
import eu.dbp.telemetry.SoxSeries;
import eu.dbp.telemetry.SoxSummary;
import eu.dbp.telemetry.TelemetryService;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.beans.PropertyEditorSupport;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** SoX time series over HTTP. Instants are ISO-8601, for example {@code 2025-03-01T00:00:00Z}. */
@RestController
@RequestMapping("/api/v1")
class SoxController {

    static final String NDJSON = "application/x-ndjson";

    private final TelemetryService telemetry;
    private final BatteryAccess access;

    SoxController(TelemetryService telemetry, BatteryAccess access) {
        this.telemetry = telemetry;
        this.access = access;
    }

    /** Lets clients write {@code mode=atomic} as well as {@code mode=ATOMIC}. */
    @InitBinder
    void lenientImportMode(WebDataBinder binder) {
        binder.registerCustomEditor(
                ImportMode.class,
                new PropertyEditorSupport() {
                    @Override
                    public void setAsText(String text) {
                        setValue(ImportMode.valueOf(text.trim().toUpperCase(Locale.ROOT)));
                    }
                });
    }

    @GetMapping("/batteries/{id}/sox")
    List<SoxReading> range(
            @PathVariable String id,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(defaultValue = "1000") @Min(1) @Max(TelemetryService.MAX_RANGE_LIMIT)
                    int limit) {
        return telemetry.range(id, from, to, limit);
    }

    @GetMapping("/batteries/{id}/sox/latest")
    SoxReading latest(@PathVariable String id) {
        return telemetry
                .latest(id)
                .orElseThrow(() -> new NotFoundException("SoX reading of battery", id));
    }

    @GetMapping("/batteries/{id}/sox/series")
    SoxSeries series(
            @PathVariable String id,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(defaultValue = "200") @Min(1) @Max(TelemetryService.MAX_POINTS)
                    int points) {
        return telemetry.series(id, from, to, points);
    }

    @GetMapping("/batteries/{id}/sox/summary")
    SoxSummary summary(@PathVariable String id) {
        return telemetry.summary(id);
    }

    @PostMapping("/batteries/{id}/sox")
    ResponseEntity<Map<String, Integer>> append(
            @PathVariable String id, @RequestBody List<SoxReading> readings) {
        int written = telemetry.append(id, readings);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("written", written));
    }

    /**
     * JSON lines, one reading of any battery per line; see {@link TelemetryService#importLines}.
     * The path names no battery, so the filter chain cannot check it: each line's battery is
     * checked here with the same rule as {@code POST /batteries/{id}/sox}.
     */
    @PostMapping(path = "/sox/import", consumes = NDJSON)
    ImportReport importLines(
            @RequestParam(defaultValue = "atomic") ImportMode mode, InputStream body) {
        return telemetry.importLines(body, mode, battery -> access.canWrite(battery, "SOX"));
    }
}
