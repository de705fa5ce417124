package eu.dbp.bench;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dbp.IntegrationTest;
import eu.dbp.access.DemoAccess;
import eu.dbp.learning.LearningService;
import eu.dbp.learning.StepTimeSummary;
import eu.dbp.passport.BatteryStatus;
import eu.dbp.passport.EndOfLifeRecord;
import eu.dbp.passport.ModuleCondition;
import eu.dbp.passport.PackView;
import eu.dbp.passport.PassportService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class BenchRunApiTests {

    @Autowired MockMvcTester mvc;

    @Autowired JsonMapper json;

    @Autowired PassportService passports;

    @Autowired LearningService learning;

    private BenchClient as(String user) {
        return new BenchClient(mvc, json, user);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void runsAWholeMebPackAndWritesTheResultsIntoThePassportAndTheLearningStore() {
        String model = unique("Bench MEB full run");
        String battery = BenchPacks.copyOf(passports, DemoAccess.MEB, unique("BENCH-MEB"), model);
        BenchClient oem = as("oem1");

        JsonNode run = oem.start(battery, "MODULE", "RECYCLING");
        JsonNode worked = oem.work(run, 1.0, null);
        List<PackView.Module> modules = passports.packView(battery).modules();
        List<Map<String, Object>> recovered = new ArrayList<>();
        for (int i = 0; i < modules.size(); i++) {
            String condition = i == 0 ? "REPURPOSABLE" : i == 1 ? "DAMAGED" : "REMOVED";
            recovered.add(
                    Map.of(
                            "serial",
                            modules.get(i).serialNumber(),
                            "condition",
                            condition,
                            "sohPct",
                            81.5));
        }
        JsonNode completed =
                oem.ok(
                        oem.complete(
                                worked,
                                Map.of(
                                        "modules",
                                        recovered,
                                        "materials",
                                        Map.of("AL", 95.0, "CU", 12.5, "STEEL", 20.0),
                                        "notes",
                                        "all modules out")));

        assertThat(completed.path("state").asString()).isEqualTo("COMPLETED");
        assertThat(completed.path("results").path("modules")).hasSize(modules.size());
        JsonNode read = oem.read(run);
        for (JsonNode step : read.path("steps")) {
            assertThat(step.path("status").asString())
                    .as(step.path("key").asString())
                    .isEqualTo("DONE");
            assertThat(step.path("attempts")).hasSize(1);
        }
        assertThat(read.path("lockout").path("confirmedBy").asString()).isEqualTo("oem1");

        EndOfLifeRecord record = passports.endOfLife(battery).get(0);
        assertThat(record.outcome()).isEqualTo(EndOfLifeRecord.Outcome.RECYCLED);
        assertThat(record.notes()).contains(run.path("id").asString());
        assertThat(record.recoveredMaterials().get(EndOfLifeRecord.Element.AL))
                .isEqualByComparingTo(new BigDecimal("95"));
        assertThat(record.recoveredParts()).hasSize(modules.size());
        PackView after = passports.packView(battery);
        assertThat(after.status()).isEqualTo(BatteryStatus.WASTE);
        assertThat(after.modules())
                .extracting(PackView.Module::condition)
                .contains(
                        ModuleCondition.REPURPOSABLE,
                        ModuleCondition.DAMAGED,
                        ModuleCondition.REMOVED)
                .doesNotContain(ModuleCondition.IN_SERVICE);

        Set<String> keys = new HashSet<>();
        run.path("steps").forEach(s -> keys.add(s.path("key").asString()));
        List<StepTimeSummary> learned = learning.stepSummaries(model);
        assertThat(learned)
                .extracting(StepTimeSummary::stepKey)
                .containsExactlyInAnyOrderElementsOf(keys);
        assertThat(learned).allSatisfy(s -> assertThat(s.observations()).isEqualTo(1));

        JsonNode listed =
                oem.ok(oem.get("/api/v1/disassembly-runs?battery=" + battery + "&state=COMPLETED"));
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("settled").asInt()).isEqualTo(keys.size());
    }

    @Test
    void keepsThePlanSnapshotOfTheRun() {
        String battery =
                BenchPacks.copyOf(
                        passports,
                        DemoAccess.MEB,
                        unique("BENCH-SNAP"),
                        unique("Bench MEB snapshot"));
        BenchClient oem = as("oem1");

        JsonNode run = oem.start(battery, "CELL", null);
        JsonNode plan =
                oem.ok(oem.get("/api/v1/disassembly-runs/" + run.path("id").asString() + "/plan"));

        assertThat(plan.path("identifier").asString()).isEqualTo(battery);
        assertThat(plan.path("depth").asString()).isEqualTo("CELL");
        assertThat(plan.path("steps")).hasSize(run.path("steps").size());
        assertThat(run.path("route").asString()).isEqualTo("UNDECIDED");
    }

    @Test
    void refusesAHighVoltageOrDestructiveStepBeforeTheLockoutAndStoresNothing() {
        String battery =
                BenchPacks.copyOf(
                        passports, DemoAccess.MEB, unique("BENCH-GATE"), unique("Bench MEB gate"));
        BenchClient oem = as("oem1");
        JsonNode run = oem.start(battery, "MODULE", "REMANUFACTURE");

        for (JsonNode step : run.path("steps")) {
            if (BenchClient.needsLockout(step)) {
                int version = run.path("version").asInt();
                MvcTestResult refused = oem.done(run, step, 5, Map.of());

                assertThat(refused).hasStatus(409);
                assertThat(oem.body(refused).path("detail").asString())
                        .contains("confirm the lock-out/tag-out checklist");
                JsonNode after = oem.read(run);
                assertThat(after.path("version").asInt()).isEqualTo(version);
                assertThat(
                                BenchClient.step(after, step.path("number").asInt())
                                        .path("status")
                                        .asString())
                        .isEqualTo("PENDING");
                return;
            }
            run = oem.ok(oem.done(run, step, 2, Map.of()));
        }
        throw new AssertionError("the MEB plan has no step that needs the lock-out");
    }

    @Test
    void refusesAStepBeforeItsPrerequisitesAndASkippedIsolationStep() {
        String battery =
                BenchPacks.copyOf(
                        passports,
                        DemoAccess.MEB,
                        unique("BENCH-ORDER"),
                        unique("Bench MEB order"));
        BenchClient oem = as("oem1");
        JsonNode run = oem.start(battery, "MODULE", "RECYCLING");
        JsonNode first = BenchClient.step(run, 1);
        JsonNode last = run.path("steps").get(run.path("steps").size() - 1);

        MvcTestResult early = oem.done(run, last, 5, Map.of());
        MvcTestResult skipped =
                oem.attempt(run, 1, Map.of("result", "SKIPPED", "durationMinutes", 0));

        assertThat(first.path("kind").asString()).isEqualTo("ISOLATION");
        assertThat(early).hasStatus(409);
        assertThat(oem.body(early).path("detail").asString()).contains("DONE first");
        assertThat(skipped).hasStatus(422);
        assertThat(oem.body(skipped).path("errors").get(0).path("field").asString())
                .isEqualTo("result");
        JsonNode after = oem.read(run);
        assertThat(after.path("version").asInt()).isZero();
        assertThat(after.path("steps")).allSatisfy(s -> assertThat(s.path("attempts")).isEmpty());
    }

    @Test
    void holdsTheRunWhenSmokeIsSeenUntilTheHoldIsReleased() {
        String battery =
                BenchPacks.copyOf(
                        passports, DemoAccess.MEB, unique("BENCH-HOLD"), unique("Bench MEB hold"));
        BenchClient oem = as("oem1");
        JsonNode run = oem.start(battery, "MODULE", "RECYCLING");

        JsonNode held =
                oem.ok(
                        oem.done(
                                run,
                                BenchClient.step(run, 1),
                                3,
                                Map.of("hazards", List.of("SMOKE", "CORROSION"))));
        MvcTestResult refused = oem.done(held, BenchClient.step(held, 2), 3, Map.of());
        MvcTestResult unverified =
                oem.post(
                        "/api/v1/disassembly-runs/" + run.path("id").asString() + "/release",
                        Map.of(
                                "version",
                                held.path("version").asInt(),
                                "voltageVerified",
                                false,
                                "note",
                                "smoke stopped"));
        JsonNode released =
                oem.ok(
                        oem.post(
                                "/api/v1/disassembly-runs/"
                                        + run.path("id").asString()
                                        + "/release",
                                Map.of(
                                        "version",
                                        held.path("version").asInt(),
                                        "voltageVerified",
                                        true,
                                        "note",
                                        "pack cooled down and was moved back from quarantine")));
        MvcTestResult resumed = oem.done(released, BenchClient.step(released, 2), 3, Map.of());

        assertThat(held.path("state").asString()).isEqualTo("ON_HOLD");
        assertThat(held.path("holdReason").asString())
                .contains("SMOKE")
                .doesNotContain("CORROSION");
        assertThat(BenchClient.step(held, 1).path("attempts").get(0).path("hazards"))
                .extracting(JsonNode::asString)
                .containsExactly("CORROSION", "SMOKE");
        assertThat(refused).hasStatus(409);
        assertThat(oem.body(refused).path("detail").asString())
                .contains("ON_HOLD")
                .contains("release the hold");
        assertThat(unverified).hasStatus(422);
        assertThat(released.path("state").asString()).isEqualTo("IN_PROGRESS");
        assertThat(released.path("holds").get(0).path("releasedBy").asString()).isEqualTo("oem1");
        assertThat(resumed).hasStatus2xxSuccessful();
    }

    @Test
    void answersBadInputWithProblemsNamingTheFieldAndAStaleVersionWithConflict() {
        String battery =
                BenchPacks.copyOf(
                        passports,
                        DemoAccess.MEB,
                        unique("BENCH-BAD"),
                        unique("Bench MEB bad input"));
        BenchClient oem = as("oem1");
        JsonNode run = oem.start(battery, "MODULE", "RECYCLING");
        String id = run.path("id").asString();

        MvcTestResult hazard =
                oem.attempt(
                        run,
                        1,
                        Map.of(
                                "result",
                                "DONE",
                                "durationMinutes",
                                2,
                                "hazards",
                                List.of("FIREBALL")));
        MvcTestResult negative =
                oem.attempt(run, 1, Map.of("result", "DONE", "durationMinutes", -1));
        MvcTestResult zero = oem.attempt(run, 1, Map.of("result", "DONE", "durationMinutes", 0));
        MvcTestResult result = oem.attempt(run, 1, Map.of("result", "MAYBE", "durationMinutes", 1));
        MvcTestResult noBattery = oem.post("/api/v1/disassembly-runs", Map.of("depth", "MODULE"));
        MvcTestResult unknownBattery =
                oem.post(
                        "/api/v1/disassembly-runs",
                        Map.of("battery", "NO-SUCH-BATTERY", "depth", "MODULE"));
        MvcTestResult badRunId = oem.get("/api/v1/disassembly-runs/not-a-uuid");
        MvcTestResult unknownRun = oem.get("/api/v1/disassembly-runs/" + UUID.randomUUID());
        MvcTestResult unknownStep =
                oem.attempt(run, 9999, Map.of("result", "DONE", "durationMinutes", 1));
        MvcTestResult partialLockout =
                oem.post(
                        "/api/v1/disassembly-runs/" + id + "/lockout",
                        Map.of(
                                "version",
                                0,
                                "items",
                                List.of(Map.of("key", "isolate.nothing", "confirmed", true))));
        oem.ok(oem.done(run, BenchClient.step(run, 1), 2, Map.of()));
        MvcTestResult stale = oem.done(run, BenchClient.step(run, 2), 2, Map.of());
        MvcTestResult secondRun =
                oem.post("/api/v1/disassembly-runs", Map.of("battery", battery, "depth", "MODULE"));
        MvcTestResult unknownModule =
                oem.complete(
                        oem.read(run),
                        Map.of(
                                "modules",
                                List.of(
                                        Map.of(
                                                "serial",
                                                "NOT-A-MODULE",
                                                "condition",
                                                "REUSABLE"))));

        assertThat(hazard).hasStatus(422);
        assertThat(oem.body(hazard).path("errors").get(0).path("field").asString())
                .isEqualTo("hazards[0]");
        assertThat(negative).hasStatus(400);
        assertThat(oem.body(negative).path("errors").get(0).path("field").asString())
                .isEqualTo("durationMinutes");
        assertThat(zero).hasStatus(422);
        assertThat(oem.body(zero).path("errors").get(0).path("field").asString())
                .isEqualTo("durationMinutes");
        assertThat(result).hasStatus(400);
        assertThat(oem.body(result).path("errors").get(0).path("field").asString())
                .isEqualTo("result");
        assertThat(noBattery).hasStatus(400);
        assertThat(oem.body(noBattery).path("errors").get(0).path("field").asString())
                .isEqualTo("battery");
        assertThat(unknownBattery).hasStatus(404);
        assertThat(badRunId).hasStatus(400);
        assertThat(unknownRun).hasStatus(404);
        assertThat(unknownStep).hasStatus(404);
        assertThat(partialLockout).hasStatus(422);
        assertThat(oem.body(partialLockout).path("errors"))
                .extracting(e -> e.path("field").asString())
                .contains("items[0].key", "items");
        assertThat(stale).hasStatus(409);
        assertThat(oem.body(stale).path("detail").asString()).contains("version 0");
        assertThat(secondRun).hasStatus(409);
        assertThat(unknownModule).hasStatus(422);
        assertThat(oem.body(unknownModule).path("errors").get(0).path("field").asString())
                .isEqualTo("modules[0].serial");
        JsonNode after = oem.read(run);
        assertThat(after.path("state").asString()).isEqualTo("IN_PROGRESS");
        assertThat(after.path("version").asInt()).isEqualTo(1);
    }

    @Test
    void letsOnlyTheOwnerOrAGrantedDismantlerRunADisassembly() {
        String owned =
                BenchPacks.copyOf(
                        passports,
                        DemoAccess.MEB,
                        unique("BENCH-ACCESS"),
                        unique("Bench MEB access"));
        Map<String, Object> start = new LinkedHashMap<>();
        start.put("battery", owned);
        start.put("depth", "MODULE");

        MvcTestResult recyclerWithoutGrant = as("recycler").post("/api/v1/disassembly-runs", start);
        MvcTestResult authority =
                as("authority")
                        .post(
                                "/api/v1/disassembly-runs",
                                Map.of("battery", DemoAccess.MEB, "depth", "MODULE"));
        MvcTestResult lfpWithoutGrant =
                as("recycler")
                        .post(
                                "/api/v1/disassembly-runs",
                                Map.of("battery", DemoAccess.LFP, "depth", "MODULE"));
        JsonNode ownerRun = as("oem1").start(owned, "MODULE", null);
        MvcTestResult strangerReads =
                as("recycler").get("/api/v1/disassembly-runs/" + ownerRun.path("id").asString());
        MvcTestResult strangerWrites =
                as("remanufacturer").done(ownerRun, BenchClient.step(ownerRun, 1), 2, Map.of());

        assertThat(recyclerWithoutGrant).hasStatus(403);
        assertThat(authority).hasStatus(403);
        assertThat(lfpWithoutGrant).hasStatus(403);
        assertThat(strangerReads).hasStatus(403);
        assertThat(strangerWrites).hasStatus(403);
        assertThat(as("oem1").read(ownerRun).path("version").asInt()).isZero();
    }

    @Test
    void letsAGrantedRecyclerRunTheDemoMebPack() {
        BenchClient recycler = as("recycler");

        JsonNode run = recycler.start(DemoAccess.MEB, "MODULE", null);
        JsonNode closed = recycler.ok(recycler.complete(run, Map.of("notes", "inspection only")));

        assertThat(run.path("organisation").asString()).isEqualTo("recycler");
        assertThat(run.path("startedBy").asString()).isEqualTo("recycler");
        assertThat(closed.path("state").asString()).isEqualTo("COMPLETED");
        assertThat(recycler.ok(recycler.get("/api/v1/disassembly-runs")))
                .anySatisfy(
                        r ->
                                assertThat(r.path("id").asString())
                                        .isEqualTo(run.path("id").asString()));
    }
}
