package eu.dbp.dashboard;

import java.util.Optional;

import org.springframework.stereotype.Component;

import eu.dbp.passport.PassportService;
import eu.dbp.platform.ConflictException;
import eu.dbp.safety.RiskLevel;
import eu.dbp.safety.SafetyAssessor;

/**
 * The risk level of a pack for lists and counts: the safety assessment of its passport view.
 * Costs one pack-view read per battery, so callers bound how many they ask for.
 */
@Component
class PackRisks {

    private final PassportService passports;
    private final SafetyAssessor assessor;

    PackRisks(PassportService passports, SafetyAssessor assessor) {
        this.passports = passports;
        this.assessor = assessor;
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
