package eu.dbp.dashboard;

import eu.dbp.bench.DisassemblyRuns;
import eu.dbp.bench.RunState;
import eu.dbp.passport.PassportService;
import eu.dbp.planning.Depth;
import eu.dbp.planning.DisassemblyPlan;
import eu.dbp.planning.DisassemblyPlanner;
import eu.dbp.safety.IntendedRoute;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Safety and procedure at the bench: the hazard assessment with its reasons, the lock-out checklist
 * that unlocks the procedure, PPE and warnings, the ordered steps with tools, torques and force
 * limits, a timer and an outcome form per step, and the printable work instruction. The page
 * records nothing itself: the bench run API does, and refuses destructive steps before the lock-out
 * is confirmed.
 */
@Controller
class ProcedureController {

    private final PassportService passports;
    private final DisassemblyPlanner planner;
    private final Clearances clearances;
    private final DisassemblyRuns runs;

    ProcedureController(
            PassportService passports,
            DisassemblyPlanner planner,
            Clearances clearances,
            DisassemblyRuns runs) {
        this.runs = runs;
        this.passports = passports;
        this.planner = planner;
        this.clearances = clearances;
    }

    @GetMapping("/batteries/{id}/procedure")
    String procedure(
            @PathVariable String id,
            @RequestParam(defaultValue = "MODULE") Depth depth,
            @RequestParam(defaultValue = "UNDECIDED") IntendedRoute route,
            Model model) {
        passports.batteryKey(id);
        Clearance clearance = clearances.requireRestricted(id);
        DisassemblyPlan plan = planner.plan(id, depth, route);

        model.addAttribute("id", id);
        model.addAttribute("plan", plan);
        model.addAttribute("safety", plan.safety());
        model.addAttribute("clearance", clearance);
        model.addAttribute("depth", depth);
        model.addAttribute("route", route);
        model.addAttribute("depths", Depth.values());
        model.addAttribute("routes", IntendedRoute.values());
        model.addAttribute("openRuns", runs.runs(id, RunState.IN_PROGRESS));
        return "procedure";
    }

    @GetMapping("/batteries/{id}/work-instruction.pdf")
    ResponseEntity<byte[]> workInstruction(
            @PathVariable String id,
            @RequestParam(defaultValue = "MODULE") Depth depth,
            @RequestParam(defaultValue = "UNDECIDED") IntendedRoute route) {
        passports.batteryKey(id);
        clearances.requireRestricted(id);
        DisassemblyPlan plan = planner.plan(id, depth, route);
        String filename = "work-instruction-" + id.replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(filename).build().toString())
                .body(planner.workInstruction(plan));
    }
}
