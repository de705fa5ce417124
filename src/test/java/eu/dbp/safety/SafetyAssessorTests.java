package eu.dbp.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.dbp.passport.Cooling;
import eu.dbp.passport.EventType;
import eu.dbp.passport.ModuleCondition;
import eu.dbp.passport.PackView;
import eu.dbp.passport.Severity;
import eu.dbp.safety.SafetyAssessment.Finding;
import eu.dbp.safety.SafetyAssessment.IsolationPrompt;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SafetyAssessorTests {

    private final SafetyAssessor assessor = SafetyAssessor.standard();

    /**
     * The rule matrix: each row is a pack (a reference pack or a one-fact variant of one) and what
     * the gate must say about it. Baseline rows show each rule not firing.
     */
    static Stream<Arguments> rules() {
        return Stream.of(
                row(
                        "Leaf 24 kWh",
                        ReferencePacks.leaf(),
                        RiskLevel.ELEVATED,
                        true,
                        "0",
                        false,
                        Qualification.TWO_S,
                        false,
                        false,
                        true,
                        false),
                row(
                        "Tesla Model S 85",
                        ReferencePacks.tesla(),
                        RiskLevel.ELEVATED,
                        true,
                        "0",
                        false,
                        Qualification.TWO_S,
                        true,
                        false,
                        true,
                        false),
                row(
                        "VW MEB 82",
                        ReferencePacks.meb(),
                        RiskLevel.ELEVATED,
                        true,
                        "0",
                        false,
                        Qualification.TWO_S,
                        true,
                        false,
                        true,
                        false),
                row(
                        "LFP cell-to-pack",
                        ReferencePacks.lfp(),
                        RiskLevel.ELEVATED,
                        true,
                        "0",
                        false,
                        Qualification.TWO_S,
                        true,
                        false,
                        true,
                        false),
                row(
                        "e-bike 36 V",
                        ReferencePacks.ebike(),
                        RiskLevel.LOW,
                        false,
                        null,
                        false,
                        Qualification.ONE_S,
                        false,
                        false,
                        false,
                        false),
                row(
                        "Leaf after an accident",
                        leafWith(EventType.ACCIDENT),
                        RiskLevel.CRITICAL,
                        true,
                        "0",
                        true,
                        Qualification.THREE_S,
                        false,
                        false,
                        true,
                        true),
                row(
                        "Leaf with swelling",
                        leafWith(EventType.SWELLING),
                        RiskLevel.CRITICAL,
                        true,
                        "0",
                        true,
                        Qualification.THREE_S,
                        false,
                        false,
                        true,
                        true),
                row(
                        "Leaf after thermal runaway",
                        leafWith(EventType.THERMAL_RUNAWAY),
                        RiskLevel.CRITICAL,
                        true,
                        "0",
                        true,
                        Qualification.THREE_S,
                        false,
                        false,
                        true,
                        true),
                row(
                        "Leaf with electrolyte leak",
                        leafWith(EventType.ELECTROLYTE_LEAK),
                        RiskLevel.CRITICAL,
                        true,
                        "0",
                        true,
                        Qualification.THREE_S,
                        false,
                        false,
                        true,
                        true),
                row(
                        "Leaf flooded",
                        leafWith(EventType.WATER_EXPOSURE),
                        RiskLevel.HIGH,
                        true,
                        "0",
                        true,
                        Qualification.THREE_S,
                        false,
                        false,
                        true,
                        false),
                row(
                        "Leaf with mechanical damage",
                        leafWith(EventType.MECHANICAL_DAMAGE),
                        RiskLevel.HIGH,
                        true,
                        "0",
                        false,
                        Qualification.THREE_S,
                        false,
                        false,
                        true,
                        true),
                row(
                        "Leaf with isolation fault",
                        leafWith(EventType.ISOLATION_FAULT),
                        RiskLevel.HIGH,
                        true,
                        "0",
                        false,
                        Qualification.THREE_S,
                        false,
                        false,
                        true,
                        false),
                row(
                        "Leaf overheated",
                        leafWith(EventType.OVERHEATING),
                        RiskLevel.HIGH,
                        true,
                        "0",
                        false,
                        Qualification.TWO_S,
                        false,
                        false,
                        true,
                        false),
                row(
                        "Leaf deep-discharged",
                        leafWith(EventType.DEEP_DISCHARGE),
                        RiskLevel.HIGH,
                        true,
                        "0",
                        false,
                        Qualification.TWO_S,
                        false,
                        false,
                        true,
                        false),
                row(
                        "Leaf overcharged",
                        leafWith(EventType.OVERCHARGE),
                        RiskLevel.HIGH,
                        true,
                        "0",
                        false,
                        Qualification.TWO_S,
                        false,
                        false,
                        true,
                        false),
                row(
                        "Leaf at extreme temperature",
                        leafWith(EventType.EXTREME_TEMPERATURE),
                        RiskLevel.HIGH,
                        true,
                        "0",
                        false,
                        Qualification.TWO_S,
                        false,
                        false,
                        true,
                        false),
                row(
                        "Leaf self-discharging",
                        leafWith(EventType.ABNORMAL_SELF_DISCHARGE),
                        RiskLevel.HIGH,
                        true,
                        "0",
                        false,
                        Qualification.TWO_S,
                        false,
                        false,
                        true,
                        false),
                row(
                        "Leaf with cell-voltage spread event",
                        leafWith(EventType.CELL_VOLTAGE_SPREAD),
                        RiskLevel.HIGH,
                        true,
                        "0",
                        false,
                        Qualification.TWO_S,
                        false,
                        false,
                        true,
                        false),
                row(
                        "Leaf with a measured 200 mV spread",
                        ReferencePacks.leafBuilder().cellVoltages(3.70, 3.90).build(),
                        RiskLevel.HIGH,
                        true,
                        "0",
                        false,
                        Qualification.TWO_S,
                        false,
                        false,
                        true,
                        false),
                row(
                        "Leaf with a measured 50 mV spread",
                        ReferencePacks.leafBuilder().cellVoltages(3.85, 3.90).build(),
                        RiskLevel.ELEVATED,
                        true,
                        "0",
                        false,
                        Qualification.TWO_S,
                        false,
                        false,
                        true,
                        false),
                row(
                        "Leaf that saw 70 C",
                        ReferencePacks.leafBuilder().maxTemperature(70).build(),
                        RiskLevel.HIGH,
                        true,
                        "0",
                        false,
                        Qualification.TWO_S,
                        false,
                        false,
                        true,
                        false),
                row(
                        "Leaf with a damaged module",
                        ReferencePacks.leafBuilder()
                                .moduleCondition("M03", ModuleCondition.DAMAGED)
                                .build(),
                        RiskLevel.HIGH,
                        true,
                        "0",
                        false,
                        Qualification.THREE_S,
                        false,
                        false,
                        true,
                        false),
                row(
                        "Leaf with refrigerant cooling",
                        ReferencePacks.leafBuilder()
                                .cooling(Cooling.REFRIGERANT, "R1234yf")
                                .build(),
                        RiskLevel.ELEVATED,
                        true,
                        "0",
                        false,
                        Qualification.TWO_S,
                        false,
                        true,
                        true,
                        false),
                row(
                        "800 V pack",
                        ReferencePacks.syntheticBuilder(4, 12).maxVoltage(800).build(),
                        RiskLevel.ELEVATED,
                        true,
                        "0",
                        false,
                        Qualification.TWO_S,
                        true,
                        false,
                        true,
                        false),
                row(
                        "1200 V pack",
                        ReferencePacks.syntheticBuilder(4, 12).maxVoltage(1200).build(),
                        RiskLevel.ELEVATED,
                        true,
                        "0",
                        false,
                        Qualification.TWO_S,
                        true,
                        false,
                        true,
                        false),
                row(
                        "e-bike with swelling",
                        ReferencePacks.ebikeBuilder()
                                .event(EventType.SWELLING, Severity.HIGH)
                                .build(),
                        RiskLevel.CRITICAL,
                        false,
                        null,
                        true,
                        Qualification.ONE_S,
                        false,
                        false,
                        false,
                        true),
                row(
                        "Leaf with a critical overcharge",
                        ReferencePacks.leafBuilder()
                                .event(EventType.OVERCHARGE, Severity.CRITICAL)
                                .build(),
                        RiskLevel.CRITICAL,
                        true,
                        "0",
                        false,
                        Qualification.TWO_S,
                        false,
                        false,
                        true,
                        false));
    }

    private static Arguments row(
            String name,
            PackView pack,
            RiskLevel level,
            boolean highVoltage,
            String gloveClass,
            boolean quarantine,
            Qualification hvWork,
            boolean drain,
            boolean refrigerant,
            boolean lifting,
            boolean respirator) {
        return Arguments.of(
                name,
                pack,
                level,
                highVoltage,
                gloveClass,
                quarantine,
                hvWork,
                drain,
                refrigerant,
                lifting,
                respirator);
    }

    private static PackView leafWith(EventType type) {
        return ReferencePacks.leafBuilder().event(type, Severity.HIGH).build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void gatesEachPackByItsFacts(
            String name,
            PackView pack,
            RiskLevel level,
            boolean highVoltage,
            String gloveClass,
            boolean quarantine,
            Qualification hvWork,
            boolean drain,
            boolean refrigerant,
            boolean lifting,
            boolean respirator) {
        SafetyAssessment assessment = assessor.assess(pack);

        assertThat(assessment.riskLevel()).as("risk level").isEqualTo(level);
        assertThat(assessment.highVoltage()).as("high voltage").isEqualTo(highVoltage);
        assertThat(assessment.ppe().gloveClass()).as("glove class").isEqualTo(gloveClass);
        assertThat(assessment.gate().quarantine()).as("quarantine").isEqualTo(quarantine);
        assertThat(assessment.gate().hvWorkQualification())
                .as("HV qualification")
                .isEqualTo(hvWork);
        assertThat(assessment.gate().liveWork())
                .as("live work")
                .isEqualTo(hvWork == Qualification.THREE_S);
        assertThat(assessment.gate().drainCoolant()).as("drain coolant").isEqualTo(drain);
        assertThat(assessment.gate().recoverRefrigerant()).as("refrigerant").isEqualTo(refrigerant);
        assertThat(assessment.gate().liftingEquipment()).as("lifting").isEqualTo(lifting);
        assertThat(assessment.ppe().respirator()).as("respirator").isEqualTo(respirator);
        assertThat(assessment.findings()).allSatisfy(f -> assertThat(f.source()).isNotBlank());
    }

    @Test
    void leafNeedsClassZeroGlovesWithLeatherProtectorsAndArcRatedFaceShield() {
        SafetyAssessment leaf = assessor.assess(ReferencePacks.leaf());

        assertThat(leaf.maxVoltageV()).isEqualTo(403.2);
        assertThat(leaf.ppe().gloveClass()).isEqualTo("0");
        assertThat(leaf.ppe().gloveMaxDcV()).isEqualTo(1500.0);
        assertThat(leaf.ppe().leatherProtectors()).isTrue();
        assertThat(leaf.ppe().faceShield()).isTrue();
        assertThat(leaf.ppe().arcRatingCalPerCm2()).isEqualTo(8.0);
        assertThat(leaf.ppe().sources()).anyMatch(s -> s.contains("Class 0 is the minimum"));
    }

    @Test
    void gloveTableItselfWouldAllowClassZeroZeroUpTo750VoltsIfPolicyPermitted() {
        SafetyAssessor permissive =
                new SafetyAssessor(
                        SafetyThresholds.standard().with("ppe.glove.minimum_class_hv", "00"));

        assertThat(permissive.gloveClass(403.2)).isEqualTo("00");
        assertThat(permissive.gloveClass(750)).isEqualTo("00");
        assertThat(permissive.gloveClass(800)).isEqualTo("0");
        assertThat(assessor.gloveClass(403.2)).isEqualTo("0");
    }

    @Test
    void eBikeHasNoHighVoltageGateButAShortCircuitWarning() {
        SafetyAssessment bike = assessor.assess(ReferencePacks.ebike());

        assertThat(bike.highVoltage()).isFalse();
        assertThat(bike.isolation())
                .extracting(IsolationPrompt::key)
                .doesNotContain("isolate.service-disconnect", "isolate.verify-absence");
        assertThat(bike.ppe().gloveClass()).isNull();
        assertThat(bike.warnings())
                .anyMatch(
                        w ->
                                w.contains("short circuit")
                                        && w.contains("40 cells")
                                        && w.contains("weld tools"));
        assertThat(bike.findings())
                .extracting(Finding::code)
                .contains("SHORT_CIRCUIT")
                .doesNotContain("HIGH_VOLTAGE");
    }

    @Test
    void isolationNamesTheServiceDisconnectAndWaitsTheCapacitorTime() {
        List<IsolationPrompt> prompts = assessor.assess(ReferencePacks.leaf()).isolation();

        assertThat(prompts)
                .extracting(IsolationPrompt::key)
                .containsExactly(
                        "isolate.disconnect-charging",
                        "isolate.disconnect-12v",
                        "isolate.service-disconnect",
                        "isolate.lock-and-tag",
                        "isolate.wait-capacitors",
                        "isolate.test-detector-before",
                        "isolate.verify-absence",
                        "isolate.test-detector-after",
                        "isolate.cover-adjacent");
        assertThat(prompts.get(2).text())
                .contains("service plug")
                .contains("under the rear seat")
                .contains("keep it on your person");
        assertThat(prompts.get(4).text()).contains("600 s");
        assertThat(prompts.get(6).text()).contains("all poles");
    }

    @Test
    void neverPromptsToEarthOrShortCircuitThePack() {
        for (PackView pack : ReferencePacks.all()) {
            SafetyAssessment assessment = assessor.assess(pack);
            List<String> texts =
                    assessment.isolation().stream().map(IsolationPrompt::text).toList();

            assertThat(texts)
                    .filteredOn(
                            t ->
                                    t.toLowerCase().contains("earth")
                                            || t.toLowerCase().contains("short-circuit"))
                    .allMatch(t -> t.contains("Never earth or short-circuit"));
        }
    }

    @Test
    void unknownCapacitorTimeFallsBackToTheConfiguredWait() {
        SafetyAssessment tesla = assessor.assess(ReferencePacks.tesla());

        assertThat(tesla.isolation())
                .filteredOn(p -> p.key().equals("isolate.wait-capacitors"))
                .singleElement()
                .satisfies(
                        p ->
                                assertThat(p.text())
                                        .contains("300 s")
                                        .contains("no manufacturer time"));
    }

    @Test
    void dischargesToZeroVoltsOnlyOnTheRecyclingRoute() {
        SafetyAssessment recycling =
                assessor.assess(ReferencePacks.leaf(), IntendedRoute.RECYCLING);
        SafetyAssessment repurpose =
                assessor.assess(ReferencePacks.leaf(), IntendedRoute.REPURPOSE);

        assertThat(recycling.gate().discharge().targetCellVoltageV()).isEqualTo(0.0);
        assertThat(recycling.gate().discharge().beforeDestructiveSteps()).isTrue();
        assertThat(repurpose.gate().discharge().targetCellVoltageV()).isNull();
        assertThat(repurpose.gate().discharge().targetSocPct()).isEqualTo(30.0);
        assertThat(repurpose.gate().discharge().instruction()).contains("do not deep-discharge");
        assertThat(repurpose.gate().discharge().alreadyMet()).isFalse();
    }

    @Test
    void storedEnergyUsesTheLatestStateOfChargeOrAssumesFull() {
        SafetyAssessment leaf = assessor.assess(ReferencePacks.leaf());
        SafetyAssessment tesla = assessor.assess(ReferencePacks.tesla());

        assertThat(leaf.storedEnergyKwh()).isCloseTo(9.6, within(1e-9));
        assertThat(leaf.findings()).extracting(Finding::code).doesNotContain("STORED_ENERGY");
        assertThat(tesla.storedEnergyKwh()).isEqualTo(85.0);
        assertThat(tesla.findings())
                .filteredOn(f -> f.code().equals("STORED_ENERGY"))
                .singleElement()
                .satisfies(f -> assertThat(f.fact()).contains("unknown SoC"));
    }

    @Test
    void accidentQuarantinesThePackWithObservationTime() {
        SafetyAssessment crashed = assessor.assess(leafWith(EventType.ACCIDENT));

        assertThat(crashed.gate().quarantine()).isTrue();
        assertThat(crashed.gate().observationHours()).isEqualTo(48);
        assertThat(crashed.gate().conditions()).anyMatch(c -> c.startsWith("Quarantine"));
        assertThat(crashed.findings())
                .filteredOn(f -> f.code().equals("ACCIDENT"))
                .singleElement()
                .satisfies(f -> assertThat(f.level()).isEqualTo(RiskLevel.CRITICAL));
    }

    @Test
    void arcFlashAboveTheTableRowRequiresAnIncidentEnergyAnalysis() {
        SafetyAssessment leaf = assessor.assess(ReferencePacks.leaf());
        SafetyAssessment lowVoltageKnownCurrent =
                assessor.assess(
                        ReferencePacks.syntheticBuilder(2, 12)
                                .maxVoltage(200)
                                .shortCircuitCurrent(3000.0)
                                .build());

        assertThat(leaf.ppe().incidentEnergyAnalysisRequired()).isTrue();
        assertThat(lowVoltageKnownCurrent.ppe().incidentEnergyAnalysisRequired()).isFalse();
        assertThat(lowVoltageKnownCurrent.ppe().arcFlashCategory()).isEqualTo(2);
    }

    @Test
    void deepDischargeWarnsNeverToRecharge() {
        assertThat(assessor.assess(leafWith(EventType.DEEP_DISCHARGE)).warnings())
                .anyMatch(w -> w.contains("never recharge"));
        assertThat(assessor.assess(ReferencePacks.leaf()).warnings())
                .noneMatch(w -> w.contains("never recharge"));
    }

    @Test
    void everyThresholdNamesItsSource() {
        assertThat(SafetyThresholds.standard().all())
                .allSatisfy(t -> assertThat(t.source()).isNotBlank());
    }
}
