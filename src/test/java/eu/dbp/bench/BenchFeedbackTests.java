package eu.dbp.bench;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dbp.IntegrationTest;
import eu.dbp.learning.FastenerRisk;
import eu.dbp.learning.LearningService;
import eu.dbp.passport.PassportService;
import eu.dbp.planning.Depth;
import eu.dbp.planning.DisassemblyPlan;
import eu.dbp.planning.DisassemblyPlanner;
import eu.dbp.planning.StepKind;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Recorded runs change the next plan: slower steps take longer, stripping bolts get drilled. */
@IntegrationTest
class BenchFeedbackTests {

    @Autowired MockMvcTester mvc;

    @Autowired JsonMapper json;

    @Autowired PassportService passports;

    @Autowired DisassemblyPlanner planner;

    @Autowired LearningService learning;

    @Test
    void slowStepsAndStrippedLidBoltsChangeTheNextPlan() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String model = "Bench feedback pack " + tag;
        String boltSize = "M6-" + tag;
        String next = BenchPacks.small(passports, "BENCH-FB-NEXT-" + tag, model, boltSize);
        DisassemblyPlan before = planner.plan(next, Depth.MODULE);
        DisassemblyPlan.Step firstBefore = before.steps().get(0);
        DisassemblyPlan.Step lidBefore = lidStep(before);
        BenchClient oem = new BenchClient(mvc, json, "oem1");

        for (int i = 1; i <= 2; i++) {
            String battery =
                    BenchPacks.small(passports, "BENCH-FB-" + i + "-" + tag, model, boltSize);
            JsonNode run = oem.start(battery, "MODULE", null);
            run = oem.work(run, 4.0, "lid.");
            JsonNode lid = BenchClient.stepStartingWith(run, "lid.");
            run =
                    oem.ok(
                            oem.done(
                                    run,
                                    lid,
                                    30,
                                    Map.of("stripped", 6, "toolUsed", "screw extractor")));
            oem.ok(oem.complete(run, Map.of()));
        }
        DisassemblyPlan after = planner.plan(next, Depth.MODULE);
        DisassemblyPlan.Step firstAfter = after.steps().get(0);
        DisassemblyPlan.Step lidAfter = lidStep(after);
        FastenerRisk risk = learning.fastenerRisk("BOLT-HEX-" + boltSize);

        assertThat(lidBefore.kind()).isEqualTo(StepKind.UNFASTEN);
        assertThat(firstAfter.key()).isEqualTo(firstBefore.key());
        assertThat(firstAfter.estimate().observations()).isEqualTo(2);
        assertThat(firstAfter.estimate().p50Min())
                .isGreaterThan(firstBefore.estimate().p50Min())
                .isLessThan(4 * firstBefore.estimate().p50Min());
        assertThat(risk.handled()).isEqualTo(20);
        assertThat(risk.stripped()).isEqualTo(12);
        assertThat(risk.preferDestructive()).isTrue();
        assertThat(lidAfter.kind()).isEqualTo(StepKind.DRILL_OUT);
        assertThat(lidAfter.destructive()).isTrue();
        assertThat(lidAfter.action()).contains("stripped in 12 of 20");
    }

    private static DisassemblyPlan.Step lidStep(DisassemblyPlan plan) {
        return plan.steps().stream()
                .filter(s -> s.key().startsWith("lid."))
                .filter(s -> s.fastener() != null)
                .findFirst()
                .orElseThrow();
    }
}
