package eu.dbp.bench;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * Disassembly runs over HTTP. Writing needs the DISASSEMBLY stage on the run's battery, reading
 * needs its dismantling information (Annex XIII 2(c)); both are declared here, once per method.
 */
@RestController
@RequestMapping("/api/v1/disassembly-runs")
class RunController {

    private static final String WRITE_RUN =
            "@batteryAccess.canWrite(@disassemblyRuns.batteryOf(#runId), 'DISASSEMBLY')";
    private static final String READ_RUN =
            "@batteryAccess.canRead(@disassemblyRuns.batteryOf(#runId), 'LEGITIMATE_INTEREST')";

    private final DisassemblyRuns runs;

    RunController(DisassemblyRuns runs) {
        this.runs = runs;
    }

    @PostMapping
    @PreAuthorize("@batteryAccess.canWrite(#request.battery(), 'DISASSEMBLY')")
    ResponseEntity<RunView> start(@Valid @RequestBody StartRun request) {
        RunView run =
                runs.start(
                        request.battery(),
                        request.depth(),
                        request.routeOrUndecided(),
                        request.notes());
        return ResponseEntity.created(
                        ServletUriComponentsBuilder.fromCurrentRequest()
                                .path("/{id}")
                                .buildAndExpand(run.id())
                                .toUri())
                .body(run);
    }

    @GetMapping
    @PreAuthorize("#battery == null or @batteryAccess.canRead(#battery, 'LEGITIMATE_INTEREST')")
    List<RunSummary> list(
            @RequestParam(required = false) String battery,
            @RequestParam(required = false) RunState state) {
        return runs.runs(battery, state);
    }

    @GetMapping("/hazards")
    List<Map<String, Object>> hazards() {
        return runs.hazards();
    }

    @GetMapping("/{runId}")
    @PreAuthorize(READ_RUN)
    RunView run(@PathVariable UUID runId) {
        return runs.run(runId);
    }

    @GetMapping("/{runId}/plan")
    @PreAuthorize(READ_RUN)
    JsonNode plan(@PathVariable UUID runId) {
        return runs.plan(runId);
    }

    @PostMapping("/{runId}/lockout")
    @PreAuthorize(WRITE_RUN)
    RunView lockout(@PathVariable UUID runId, @Valid @RequestBody LockoutConfirmation request) {
        return runs.confirmLockout(runId, request);
    }

    @PostMapping("/{runId}/steps/{stepNo}")
    @PreAuthorize(WRITE_RUN)
    RunView step(
            @PathVariable UUID runId,
            @PathVariable int stepNo,
            @Valid @RequestBody StepRecord request) {
        return runs.recordStep(runId, stepNo, request);
    }

    @PostMapping("/{runId}/release")
    @PreAuthorize(WRITE_RUN)
    RunView release(@PathVariable UUID runId, @Valid @RequestBody HoldRelease request) {
        return runs.releaseHold(runId, request);
    }

    @PostMapping("/{runId}/complete")
    @PreAuthorize(WRITE_RUN)
    RunView complete(@PathVariable UUID runId, @Valid @RequestBody Completion request) {
        return runs.complete(runId, request);
    }
}
