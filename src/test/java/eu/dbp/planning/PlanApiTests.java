package eu.dbp.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import eu.dbp.IntegrationTest;
import eu.dbp.learning.LearningService;
import eu.dbp.learning.StepOutcome;
import eu.dbp.passport.PackView;
import eu.dbp.passport.PassportService;
import eu.dbp.safety.IntendedRoute;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class PlanApiTests {

    private static final String LEAF = "DEMO-LEAF-24-0001";

    @Autowired MockMvcTester mvc;

    @Autowired DisassemblyPlanner planner;

    @Autowired PassportService passports;

    @Autowired LearningService learning;

    @Test
    void returnsTheLeafPlanAsJson() {
        MvcTestResult result =
                mvc.get()
                        .uri("/api/v1/batteries/{id}/disassembly-plan?depth=MODULE", LEAF)
                        .accept(MediaType.APPLICATION_JSON)
                        .with(httpBasic("recycler", "demo"))
                        .exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.identifier").isEqualTo(LEAF);
        assertThat(result).bodyJson().extractingPath("$.safety.highVoltage").isEqualTo(true);
        assertThat(result).bodyJson().extractingPath("$.safety.ppe.gloveClass").isEqualTo("0");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.steps[0].key")
                .isEqualTo("isolate.disconnect-charging");
        assertThat(result).bodyJson().extractingPath("$.steps[2].qualification").isEqualTo("2S");
        assertThat(result).bodyJson().extractingPath("$.totals.p50Min").isNotNull();
    }

    @Test
    void returnsTheSamePlanAsAPrintablePdf() {
        MvcTestResult result =
                mvc.get()
                        .uri("/api/v1/batteries/{id}/disassembly-plan?depth=CELL", LEAF)
                        .accept(MediaType.APPLICATION_PDF)
                        .with(httpBasic("recycler", "demo"))
                        .exchange();

        assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        byte[] pdf = result.getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void rejectsAnUnknownDepthNamingTheParameter() {
        MvcTestResult result =
                mvc.get()
                        .uri("/api/v1/batteries/{id}/disassembly-plan?depth=SCREW", LEAF)
                        .accept(MediaType.APPLICATION_JSON)
                        .with(httpBasic("recycler", "demo"))
                        .exchange();

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("depth");
    }

    @Test
    void answersTheSafetyAssessmentOfTheEBike() {
        MvcTestResult result =
                mvc.get()
                        .uri("/api/v1/batteries/{id}/safety-assessment", "DEMO-EBIKE-500-0001")
                        .with(httpBasic("recycler", "demo"))
                        .exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.highVoltage").isEqualTo(false);
    }

    @Test
    void unknownBatteryIsNotFound() {
        MvcTestResult result =
                mvc.get()
                        .uri("/api/v1/batteries/{id}/disassembly-plan", "NO-SUCH-PACK-1")
                        .with(httpBasic("admin", "demo"))
                        .exchange();

        assertThat(result.getResponse().getStatus()).isIn(403, 404);
    }

    @Test
    void everyDemoPackGetsAnOrderedPlanAtBothDepths() {
        for (String id :
                new String[] {
                    LEAF,
                    "DEMO-TESLA-S85-0001",
                    "DEMO-MEB-82-0001",
                    "DEMO-LFP-CTP-0001",
                    "DEMO-EBIKE-500-0001"
                }) {
            for (Depth depth : Depth.values()) {
                DisassemblyPlan plan = planner.plan(id, depth);

                assertThat(plan.steps())
                        .as(id)
                        .isNotEmpty()
                        .allSatisfy(
                                s ->
                                        assertThat(s.prerequisites())
                                                .allSatisfy(
                                                        p -> assertThat(p).isLessThan(s.number())));
            }
        }
    }

    @Test
    void theNextPlanAdaptsToFastenersThatKeepStripping() {
        PackView view = passports.packView(LEAF);
        String model = "Adaptive " + UUID.randomUUID();
        PackView renamed =
                new PackView(
                        view.identifier(),
                        model,
                        view.category(),
                        view.chemistry(),
                        view.status(),
                        view.ceased(),
                        view.massKg(),
                        view.ratedCapacityAh(),
                        view.ratedEnergyKwh(),
                        view.minVoltageV(),
                        view.nominalVoltageV(),
                        view.maxVoltageV(),
                        view.capacityThresholdExhaustionPct(),
                        view.ageYears(),
                        view.cellCount(),
                        view.pack(),
                        view.components(),
                        view.modules(),
                        view.fasteners().stream()
                                .map(
                                        f ->
                                                new PackView.Fastener(
                                                        f.ref(),
                                                        f.type(),
                                                        f.size() + "-" + model,
                                                        f.drive(),
                                                        f.count(),
                                                        f.material(),
                                                        f.torqueNm(),
                                                        f.angleDeg(),
                                                        f.singleUse(),
                                                        f.captive(),
                                                        f.location()))
                                .toList(),
                        view.joints(),
                        view.connectors(),
                        view.joiningSequence(),
                        view.events(),
                        view.replacedParts(),
                        view.latest());
        DisassemblyPlan before = planner.plan(renamed, Depth.MODULE, IntendedRoute.UNDECIDED);
        DisassemblyPlan.Step unfasten =
                before.steps().stream()
                        .filter(s -> s.kind() == StepKind.UNFASTEN && s.fastener() != null)
                        .findFirst()
                        .orElseThrow();
        for (int run = 0; run < 4; run++) {
            learning.recordStepOutcome(
                    new StepOutcome(
                            model,
                            unfasten.key(),
                            unfasten.fastener().fastenerClass(),
                            40,
                            false,
                            10,
                            6,
                            0,
                            0,
                            null,
                            LEAF,
                            null));
        }

        DisassemblyPlan after = planner.plan(renamed, Depth.MODULE, IntendedRoute.UNDECIDED);

        assertThat(after.steps())
                .extracting(DisassemblyPlan.Step::key)
                .doesNotContain(unfasten.key());
        assertThat(after.steps())
                .filteredOn(
                        s ->
                                s.kind() == StepKind.DRILL_OUT
                                        && s.componentRef().equals(unfasten.componentRef()))
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.action()).contains("stripped"));
    }
}
