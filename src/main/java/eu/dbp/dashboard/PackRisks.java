package eu.dbp.dashboard;

import eu.dbp.passport.PassportService;
import eu.dbp.platform.ConflictException;
import eu.dbp.safety.RiskLevel;
import eu.dbp.safety.SafetyAssessor;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The risk level of a pack for lists and counts: the safety assessment of its passport view. Lists
 * ask for all their rows at once, which costs a fixed number of queries.
 */
@Component
class PackRisks {

    private final PassportService passports;
    private final SafetyAssessor assessor;

    PackRisks(PassportService passports, SafetyAssessor assessor) {
        this.passports = passports;
        this.assessor = assessor;
    }

    /**
     * The risk levels of several packs from one bulk read of their views; packs without a design
     * are absent.
     */
    java.util.Map<String, RiskLevel> of(java.util.Collection<String> identifiers) {
        java.util.Map<String, RiskLevel> levels = new java.util.HashMap<>();
        passports
                .packViews(identifiers)
                .forEach((id, view) -> levels.put(id, assessor.assess(view).riskLevel()));
        return levels;
    }

    /** Empty when the passport records no pack design to assess. */
    Optional<RiskLevel> of(String identifier) {
        try {
            return Optional.of(assessor.assess(passports.packView(identifier)).riskLevel());
        } catch (ConflictException noDesign) {
            return Optional.empty();
        }
    }
}
