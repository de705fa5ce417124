package eu.dbp.passport.web;

import eu.dbp.passport.BatteryCategory;
import eu.dbp.passport.BatteryFilter;
import eu.dbp.passport.BatteryPage;
import eu.dbp.passport.BatteryStatus;
import eu.dbp.passport.Chemistry;
import eu.dbp.passport.Completeness;
import eu.dbp.passport.ImportReport;
import eu.dbp.passport.MaterialChain;
import eu.dbp.passport.ModuleDetail;
import eu.dbp.passport.Passport;
import eu.dbp.passport.PassportDocument;
import eu.dbp.passport.PassportImport;
import eu.dbp.passport.PassportService;
import eu.dbp.passport.PassportUpdate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The passports: list, read in their several shapes, register one or many. */
@Tag(name = "Passports")
@RestController
@RequestMapping("/api/v1/batteries")
class BatteryController {

    private final PassportService passports;
    private final PassportImport imports;

    BatteryController(PassportService passports, PassportImport imports) {
        this.passports = passports;
        this.imports = imports;
    }

    @Operation(summary = "List batteries, paged and filtered")
    @GetMapping
    BatteryPage list(
            @RequestParam(required = false) BatteryCategory category,
            @RequestParam(required = false) Chemistry chemistry,
            @RequestParam(required = false) BatteryStatus status,
            @RequestParam(required = false) String manufacturer,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return passports.search(
                new BatteryFilter(category, chemistry, status, manufacturer, q), page, size);
    }

    @Operation(
            summary = "Register a battery with its whole passport document and design tree",
            description =
                    "A passport that names predecessors (Art. 77(7)) may be registered only by an "
                            + "operator allowed to succeed every original")
    @PostMapping
    @PreAuthorize(
            "#document == null || #document.predecessors().isEmpty() "
                    + "|| @batteryAccess.canSucceed(#document.predecessors().![id()])")
    ResponseEntity<Passport> register(@RequestBody PassportDocument document) {
        Passport passport = passports.register(document);
        return ResponseEntity.created(URI.create("/api/v1/batteries/" + passport.id()))
                .body(passport);
    }

    @Operation(
            summary = "Register many passports from JSON lines (application/x-ndjson)",
            description =
                    "mode=atomic writes all or nothing; mode=report keeps the good lines and "
                            + "reports the bad ones with their line numbers")
    @PostMapping(
            path = "/import",
            consumes = {"application/x-ndjson", "application/jsonl", "text/plain"})
    ResponseEntity<ImportReport> importLines(
            InputStream body, @RequestParam(defaultValue = "ATOMIC") ImportReport.Mode mode) {
        ImportReport report = imports.importLines(body, mode);
        HttpStatus status =
                report.rejected().isEmpty()
                        ? HttpStatus.OK
                        : mode == ImportReport.Mode.ATOMIC
                                ? HttpStatus.UNPROCESSABLE_CONTENT
                                : HttpStatus.MULTI_STATUS;
        return ResponseEntity.status(status).body(report);
    }

    @Operation(
            summary =
                    "The passport: identity, status, design summary, latest SoX values, event counts")
    @GetMapping("/{id}")
    Passport passport(@PathVariable String id) {
        return passports.passport(id);
    }

    @Operation(summary = "Correct identity and model-level data; a stale version gets 409")
    @PutMapping("/{id}")
    Passport update(@PathVariable String id, @RequestBody PassportUpdate update) {
        return passports.update(id, update);
    }

    @Operation(
            summary = "The whole passport as one document, in the shape the registration accepts")
    @GetMapping("/{id}/document")
    PassportDocument document(@PathVariable String id) {
        return passports.document(id);
    }

    @Operation(
            summary =
                    "Traceability from the pack through modules and cells to CAM lots and material batches")
    @GetMapping("/{id}/materials")
    MaterialChain materials(@PathVariable String id) {
        return passports.materials(id);
    }

    @Operation(summary = "Modules with their cells, connectors, fasteners and joints")
    @GetMapping("/{id}/modules")
    List<ModuleDetail> modules(@PathVariable String id) {
        return passports.modules(id);
    }

    @Operation(
            summary =
                    "The design tree: components, fasteners, joints, connectors and joining sequence")
    @GetMapping("/{id}/design")
    PassportDocument.Design design(@PathVariable String id) {
        return passports.document(id).design();
    }

    @Operation(summary = "Production history: cell production, module and pack assembly")
    @GetMapping("/{id}/production")
    List<PassportDocument.ProductionStep> production(@PathVariable String id) {
        return passports.production(id);
    }

    @Operation(
            summary =
                    "Which data points the regulation requires for this category: present, missing, pending")
    @GetMapping("/{id}/completeness")
    Completeness completeness(@PathVariable String id) {
        return passports.completeness(id);
    }
}
