package eu.dbp.dashboard;

import eu.dbp.decision.DecisionService;
import eu.dbp.passport.PassportService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The ranked routes of one battery with their rationale, time, cost and expected yield. Applying
 * one goes through the route API after the user confirms it, so its access rule applies.
 */
@Controller
class DecisionPageController {

    private final PassportService passports;
    private final DecisionService decisions;
    private final Clearances clearances;

    DecisionPageController(
            PassportService passports, DecisionService decisions, Clearances clearances) {
        this.passports = passports;
        this.decisions = decisions;
        this.clearances = clearances;
    }

    @GetMapping("/batteries/{id}/decision")
    String decision(@PathVariable String id, Model model) {
        passports.batteryKey(id);
        clearances.requireRestricted(id);
        model.addAttribute("id", id);
        model.addAttribute("p", passports.passport(id));
        model.addAttribute("rec", decisions.recommend(id));
        return "decision";
    }
}
