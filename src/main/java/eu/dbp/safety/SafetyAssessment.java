package eu.dbp.safety;

import java.util.List;

/**
 * What a technician must know and do before touching one pack: the hazards found (each naming the
 * fact, the threshold it crossed and the threshold's source), the resulting risk level, the gate it
 * imposes, the isolation prompts, the protective equipment and the warnings.
 *
 * @param highVoltage the pack's maximum voltage is above {@code highVoltageThresholdV}
 * @param storedEnergyKwh energy at the latest (or assumed) state of charge
 */
public record SafetyAssessment(
        String identifier,
        RiskLevel riskLevel,
        boolean highVoltage,
        double highVoltageThresholdV,
        double maxVoltageV,
        double storedEnergyKwh,
        List<Finding> findings,
        Gate gate,
        List<IsolationPrompt> isolation,
        Ppe ppe,
        List<String> thermalWatchFor,
        List<String> thermalResponse,
        List<String> warnings) {

    public SafetyAssessment {
        findings = List.copyOf(findings);
        isolation = List.copyOf(isolation);
        thermalWatchFor = List.copyOf(thermalWatchFor);
        thermalResponse = List.copyOf(thermalResponse);
        warnings = List.copyOf(warnings);
    }

    /** One hazard: which fact crossed which threshold, and the source of that threshold. */
    public record Finding(
            String code, RiskLevel level, String fact, String threshold, String source) {}

    /**
     * The conditions work must meet. {@code hvWorkQualification} applies to every step that touches
     * high-voltage parts; other steps need {@code otherWorkQualification}.
     */
    public record Gate(
            boolean quarantine,
            Integer observationHours,
            Integer quarantineDistanceM,
            boolean liveWork,
            Qualification hvWorkQualification,
            Qualification otherWorkQualification,
            Discharge discharge,
            boolean liftingEquipment,
            boolean drainCoolant,
            boolean recoverRefrigerant,
            List<String> conditions) {

        public Gate {
            conditions = List.copyOf(conditions);
        }

        public Qualification qualificationFor(boolean touchesHighVoltage) {
            return touchesHighVoltage ? hvWorkQualification : otherWorkQualification;
        }
    }

    /**
     * The state of charge to reach and when. On the recycling route cells go to {@code 0 V} before
     * destructive steps; otherwise to a transport/storage state of charge, never lower.
     */
    public record Discharge(
            IntendedRoute route,
            boolean beforeDestructiveSteps,
            Double targetSocPct,
            Double targetCellVoltageV,
            boolean alreadyMet,
            String instruction,
            String source) {}

    /** One lock-out/tag-out or isolation prompt, in the order to follow. */
    public record IsolationPrompt(String key, String text, Qualification qualification) {}

    /** Protective equipment; {@code items} is the list a technician reads. */
    public record Ppe(
            String gloveClass,
            Double gloveMaxDcV,
            boolean leatherProtectors,
            boolean faceShield,
            Integer arcFlashCategory,
            Double arcRatingCalPerCm2,
            boolean incidentEnergyAnalysisRequired,
            boolean respirator,
            boolean insulatedTools,
            List<String> items,
            List<String> sources) {

        public Ppe {
            items = List.copyOf(items);
            sources = List.copyOf(sources);
        }
    }
}
