package eu.dbp.safety;

import eu.dbp.passport.PassportService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The safety assessment of one pack, as JSON. */
@RestController
@RequestMapping("/api/v1/batteries/{id}")
class SafetyController {

    private final PassportService passports;
    private final SafetyAssessor assessor;

    SafetyController(PassportService passports, SafetyAssessor assessor) {
        this.passports = passports;
        this.assessor = assessor;
    }

    @GetMapping("/safety-assessment")
    SafetyAssessment assessment(
            @PathVariable String id,
            @RequestParam(defaultValue = "UNDECIDED") IntendedRoute route) {
        return assessor.assess(passports.packView(id), route);
    }
}
