package eu.dbp.dashboard;

import eu.dbp.bench.DisassemblyRuns;
import eu.dbp.bench.RunState;
import eu.dbp.bench.RunSummary;
import eu.dbp.learning.LearningService;
import eu.dbp.learning.StepTimeSummary;
import eu.dbp.passport.BatteryFilter;
import eu.dbp.passport.BatteryPage;
import eu.dbp.passport.BatteryStatus;
import eu.dbp.passport.Chemistry;
import eu.dbp.passport.PassportService;
import eu.dbp.safety.RiskLevel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The office view: batteries by status, chemistry and risk (status and risk only for the batteries
 * the user may see them of), the organisation's runs in progress or on hold, recorded step times
 * against the plan's estimates, and the steps and fastener classes that cause most trouble.
 */
@Controller
class OverviewController {

    /** How many batteries the overview counts; beyond this it says it counted a sample. */
    static final int SCAN_LIMIT = 200;

    private final PassportService passports;
    private final LearningService learning;
    private final Clearances clearances;
    private final PackRisks risks;
    private final DisassemblyRuns runs;

    OverviewController(
            PassportService passports,
            LearningService learning,
            Clearances clearances,
            PackRisks risks,
            DisassemblyRuns runs) {
        this.runs = runs;
        this.passports = passports;
        this.learning = learning;
        this.clearances = clearances;
        this.risks = risks;
    }

    @GetMapping("/overview")
    String overview(Model model) {
        BatteryPage all = passports.search(BatteryFilter.none(), 0, SCAN_LIMIT);
        Map<Chemistry, Integer> byChemistry = new EnumMap<>(Chemistry.class);
        Map<BatteryStatus, Integer> byStatus = new EnumMap<>(BatteryStatus.class);
        Map<RiskLevel, Integer> byRisk = new EnumMap<>(RiskLevel.class);
        TreeSet<String> models = new TreeSet<>();
        int visible = 0;
        Set<String> restricted =
                clearances.restricted(all.items().stream().map(BatteryPage.Item::id).toList());
        Map<String, RiskLevel> levels = risks.of(restricted);
        for (BatteryPage.Item item : all.items()) {
            byChemistry.merge(item.batteryChemistry(), 1, Integer::sum);
            if (!restricted.contains(item.id())) {
                continue;
            }
            visible++;
            byStatus.merge(item.batteryStatus(), 1, Integer::sum);
            RiskLevel level = levels.get(item.id());
            if (level != null) {
                byRisk.merge(level, 1, Integer::sum);
            }
            models.add(item.model());
        }
        List<StepTimeSummary> steps = learning.stepSummaries(models);

        model.addAttribute("total", all.total());
        model.addAttribute("counted", all.items().size());
        model.addAttribute("visible", visible);
        model.addAttribute("byChemistry", byChemistry);
        model.addAttribute("byStatus", byStatus);
        model.addAttribute("byRisk", byRisk);
        model.addAttribute("steps", steps);
        List<RunSummary> active = new ArrayList<>(runs.runs(null, RunState.ON_HOLD));
        active.addAll(runs.runs(null, RunState.IN_PROGRESS));
        model.addAttribute("activeRuns", active);
        model.addAttribute("flagged", learning.flaggedSteps());
        model.addAttribute("fasteners", learning.troublesomeFasteners());
        model.addAttribute("maxCount", max(byChemistry, byStatus, byRisk));
        return "overview";
    }

    @SafeVarargs
    private static int max(Map<?, Integer>... counts) {
        int max = 1;
        for (Map<?, Integer> map : counts) {
            for (int n : map.values()) {
                max = Math.max(max, n);
            }
        }
        return max;
    }
}
