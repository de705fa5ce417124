package eu.dbp.planning;

import eu.dbp.learning.LearningService;
import eu.dbp.passport.PackView;
import eu.dbp.passport.PassportService;
import eu.dbp.safety.IntendedRoute;
import eu.dbp.safety.SafetyAssessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The planning module's public face: a safe, ordered disassembly plan for one battery, from its
 * passport view, its safety assessment and what earlier runs of the same model taught.
 */
@Service
public class DisassemblyPlanner {

    private final PassportService passports;
    private final LearningService learning;
    private final PlanGenerator generator;

    DisassemblyPlanner(
            PassportService passports,
            LearningService learning,
            SafetyAssessor assessor,
            @Value("${dbp.planning.labour-rate-eur-per-hour:#{null}}") Double labourRate) {
        this.passports = passports;
        this.learning = learning;
        PlanningFigures figures = PlanningFigures.standard();
        if (labourRate != null) {
            figures =
                    figures.withLabourRate(
                            labourRate, "configuration dbp.planning.labour-rate-eur-per-hour");
        }
        this.generator = new PlanGenerator(assessor, figures);
    }

    /** The plan for a battery whose route is not decided yet; 404 if the battery is unknown. */
    public DisassemblyPlan plan(String identifier, Depth depth) {
        return plan(identifier, depth, IntendedRoute.UNDECIDED);
    }

    public DisassemblyPlan plan(String identifier, Depth depth, IntendedRoute route) {
        return plan(passports.packView(identifier), depth, route);
    }

    /** The plan for a view the caller already holds. */
    public DisassemblyPlan plan(PackView view, Depth depth, IntendedRoute route) {
        return generator.generate(view, depth, route, learning.knowledgeOf(view.model()));
    }

    /** The plan as a printable A4 work instruction (PDF). */
    public byte[] workInstruction(DisassemblyPlan plan) {
        return WorkInstructionPdf.render(plan);
    }
}
