package eu.dbp.planning;

import eu.dbp.safety.IntendedRoute;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The disassembly plan of one battery: JSON, or a printable PDF work instruction. */
@RestController
@RequestMapping("/api/v1/batteries/{id}/disassembly-plan")
class PlanController {

    private static final String PDF = "application/pdf";

    private final DisassemblyPlanner planner;

    PlanController(DisassemblyPlanner planner) {
        this.planner = planner;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    DisassemblyPlan plan(
            @PathVariable String id,
            @RequestParam(defaultValue = "MODULE") Depth depth,
            @RequestParam(defaultValue = "UNDECIDED") IntendedRoute route) {
        return planner.plan(id, depth, route);
    }

    @GetMapping(produces = PDF)
    ResponseEntity<byte[]> pdf(
            @PathVariable String id,
            @RequestParam(defaultValue = "MODULE") Depth depth,
            @RequestParam(defaultValue = "UNDECIDED") IntendedRoute route) {
        DisassemblyPlan plan = planner.plan(id, depth, route);
        String filename =
                "disassembly-plan-"
                        + id.replaceAll("[^A-Za-z0-9._-]", "_")
                        + "-"
                        + depth.name().toLowerCase()
                        + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(filename).build().toString())
                .body(WorkInstructionPdf.render(plan));
    }
}
