package eu.dbp.passport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import eu.dbp.IntegrationTest;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class PassportApiTests {

    private static final String LEAF = "DEMO-LEAF-24-0001";
    private static final String MEB = "DEMO-MEB-82-0001";

    @Autowired MockMvcTester mvc;

    @Autowired JsonMapper json;

    @Autowired JdbcClient jdbc;

    @Test
    void listsBatteriesWithTheirIdentifiersAndTotal() {
        JsonNode page = read(get("/api/v1/batteries?size=2", "admin"));

        assertThat(page.get("total").asInt()).isGreaterThanOrEqualTo(5);
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("items").get(0).get("id").asString()).isNotBlank();
    }

    @Test
    void filtersTheListByChemistryAndText() {
        JsonNode lfp = read(get("/api/v1/batteries?chemistry=LFP", "admin"));
        JsonNode leaf = read(get("/api/v1/batteries?q=leaf", "admin"));

        assertThat(lfp.get("items"))
                .extracting(i -> i.get("id").asString())
                .contains("DEMO-LFP-CTP-0001")
                .doesNotContain(LEAF);
        assertThat(leaf.get("items")).extracting(i -> i.get("id").asString()).containsExactly(LEAF);
    }

    @Test
    void refusesAnUnknownFilterValueWithAProblemNamingTheParameter() {
        MvcTestResult result = get("/api/v1/batteries?chemistry=UNOBTAINIUM", "admin");

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(read(result).get("errors").get(0).get("field").asString())
                .isEqualTo("chemistry");
    }

    @Test
    void showsThePassportWithDesignSummaryAndEventCounts() {
        JsonNode leaf = read(get("/api/v1/batteries/" + LEAF, "oem1"));

        assertThat(leaf.get("id").asString()).isEqualTo(LEAF);
        assertThat(leaf.get("design").get("configuration").asString()).isEqualTo("96s2p");
        assertThat(leaf.get("design").get("moduleCount").asInt()).isEqualTo(48);
        assertThat(leaf.get("eventCounts").get("EXTREME_TEMPERATURE").asInt()).isEqualTo(1);
        assertThat(leaf.get("ratings").get("maximumVoltage").decimalValue())
                .isEqualByComparingTo("403.2");
    }

    @Test
    void answersAnUnknownBatteryWith404Problem() {
        MvcTestResult result = get("/api/v1/batteries/NO-SUCH-BATTERY", "admin");

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
    }

    @Test
    void traceabilityChainReachesMaterialBatchesBehindEveryCell() {
        JsonNode chain = read(get("/api/v1/batteries/" + MEB + "/materials", "oem1"));

        Set<String> lotsWithBatches = new HashSet<>();
        chain.get("camLots")
                .forEach(
                        lot -> {
                            if (!lot.get("materialBatches").isEmpty()) {
                                lotsWithBatches.add(lot.get("code").asString());
                            }
                        });
        Set<String> batches = new HashSet<>();
        chain.get("materialBatches").forEach(b -> batches.add(b.get("code").asString()));
        chain.get("camLots")
                .forEach(
                        lot ->
                                lot.get("materialBatches")
                                        .forEach(b -> assertThat(batches).contains(b.asString())));
        int cells = 0;
        for (JsonNode module : chain.get("modules")) {
            for (JsonNode cell : module.get("cells")) {
                assertThat(lotsWithBatches).contains(cell.get("camLot").asString());
                cells++;
            }
        }
        assertThat(cells).isEqualTo(288);
    }

    @Test
    void modulesCarryTheirCellsJointsAndFasteners() {
        JsonNode modules = read(get("/api/v1/batteries/" + MEB + "/modules", "oem1"));

        assertThat(modules).hasSize(12);
        JsonNode first = modules.get(0);
        assertThat(first.get("cells")).hasSize(24);
        assertThat(first.get("joints"))
                .extracting(j -> j.get("type").asString())
                .contains("BOLTED");
        assertThat(first.get("fasteners"))
                .extracting(f -> f.get("ref").asString())
                .contains("module-bolts");
        assertThat(first.get("connectors"))
                .extracting(c -> c.get("type").asString())
                .contains("SENSE_LEAD");
    }

    @Test
    void registersAWholePassportAndReturnsItAsTheSameDocument() {
        PassportDocument document = TestPassports.small("TEST-ROUNDTRIP-1");

        MvcTestResult created = post("/api/v1/batteries", "oem1", document);
        JsonNode exported = read(get("/api/v1/batteries/TEST-ROUNDTRIP-1/document", "oem1"));

        assertThat(created).hasStatus(HttpStatus.CREATED);
        assertThat(read(created).get("manufacturer").get("code").asString()).isEqualTo("oem1");
        assertThat(exported.get("design").get("modules")).hasSize(2);
        assertThat(exported.get("design").get("modules").get(0).get("cells")).hasSize(14);
        assertThat(exported.get("design").get("joiningSequence")).hasSize(6);
        assertThat(
                        exported.get("camLots")
                                .get(0)
                                .get("inputs")
                                .get(0)
                                .get("materialBatch")
                                .asString())
                .isEqualTo("MB-TEST-TEST-ROUNDTRIP-1");
    }

    @Test
    void onlyAnOperatorAllowedToSucceedTheOriginalMayLinkANewPassportToIt() {
        PassportDocument small = TestPassports.small("TEST-SUCCESSOR-1");
        PassportDocument successor =
                new PassportDocument(
                        small.id(),
                        small.model(),
                        small.serialNumber(),
                        small.batteryCategory(),
                        small.batteryChemistry(),
                        null,
                        null,
                        null,
                        null,
                        small.manufacturing(),
                        small.batteryMass(),
                        small.ratings(),
                        small.circularity(),
                        null,
                        null,
                        null,
                        List.of(
                                new PassportDocument.Predecessor(
                                        LEAF, PassportDocument.LineageRelation.REPURPOSED_FROM)),
                        List.of(),
                        List.of(),
                        small.materialBatches(),
                        small.camLots(),
                        small.cellModels(),
                        small.design(),
                        List.of(),
                        null);

        MvcTestResult foreign = post("/api/v1/batteries", "oem2", successor);

        assertThat(foreign).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(count("select count(*) from battery where identifier = 'TEST-SUCCESSOR-1'"))
                .isZero();
    }

    @Test
    void refusesADuplicateIdentifierWith409() {
        post("/api/v1/batteries", "oem1", TestPassports.small("TEST-DUPLICATE-1"));

        MvcTestResult again =
                post("/api/v1/batteries", "oem1", TestPassports.small("TEST-DUPLICATE-1"));

        assertThat(again).hasStatus(HttpStatus.CONFLICT);
    }

    @Test
    void aRegistrationThatFailsHalfWayLeavesNoRows() {
        PassportDocument good = TestPassports.small("TEST-HALFWAY-1");
        PassportDocument unknownLot =
                TestPassports.small("TEST-HALFWAY-1", "CAM-NOT-DEFINED", "MB-HALFWAY-ONLY");
        PassportDocument bad =
                new PassportDocument(
                        unknownLot.id(),
                        unknownLot.model(),
                        unknownLot.serialNumber(),
                        unknownLot.batteryCategory(),
                        unknownLot.batteryChemistry(),
                        null,
                        null,
                        null,
                        null,
                        unknownLot.manufacturing(),
                        unknownLot.batteryMass(),
                        unknownLot.ratings(),
                        unknownLot.circularity(),
                        null,
                        null,
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        unknownLot.materialBatches(),
                        List.of(),
                        good.cellModels(),
                        unknownLot.design(),
                        List.of(),
                        null);

        MvcTestResult result = post("/api/v1/batteries", "oem1", bad);

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(read(result).get("errors").get(0).get("field").asString()).contains("camLot");
        assertThat(count("select count(*) from battery where identifier = 'TEST-HALFWAY-1'"))
                .isZero();
        assertThat(count("select count(*) from material_batch where code = 'MB-HALFWAY-ONLY'"))
                .isZero();
        assertThat(count("select count(*) from cell where serial_number like 'TEST-HALFWAY-1%'"))
                .isZero();
    }

    @Test
    void refusesMalformedJsonWith400NotAServerError() {
        MvcTestResult result =
                mvc.post()
                        .uri("/api/v1/batteries")
                        .with(httpBasic("oem1", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\": \"X\", \"batteryMass\": [")
                        .exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(read(result).get("type").asString())
                .isEqualTo("urn:dbp:problem:malformed-request");
    }

    @Test
    void aStaleUpdateGets409AndChangesNothing() {
        Map<String, Object> event =
                Map.of(
                        "type",
                        "OVERHEATING",
                        "severity",
                        "LOW",
                        "occurredAt",
                        "2025-06-01T12:00:00Z",
                        "description",
                        "first");
        JsonNode created = read(post("/api/v1/batteries/" + LEAF + "/events", "oem1", event));
        String uri = "/api/v1/batteries/" + LEAF + "/events/" + created.get("id").asLong();

        MvcTestResult first =
                put(
                        uri,
                        "oem1",
                        Map.of(
                                "type",
                                "OVERHEATING",
                                "severity",
                                "MEDIUM",
                                "occurredAt",
                                "2025-06-01T12:00:00Z",
                                "description",
                                "second",
                                "version",
                                0));
        MvcTestResult stale =
                put(
                        uri,
                        "oem1",
                        Map.of(
                                "type",
                                "OVERHEATING",
                                "severity",
                                "HIGH",
                                "occurredAt",
                                "2025-06-01T12:00:00Z",
                                "description",
                                "third",
                                "version",
                                0));

        assertThat(first).hasStatusOk();
        assertThat(stale).hasStatus(HttpStatus.CONFLICT);
        assertThat(
                        jdbc.sql("select description from battery_event where id = :id")
                                .param("id", created.get("id").asLong())
                                .query(String.class)
                                .single())
                .isEqualTo("second");
    }

    @Test
    void theManufacturerCorrectsItsPassportOnceAndAStaleCorrectionGets409() {
        post("/api/v1/batteries", "oem1", TestPassports.small("TEST-CORRECT-1"));
        JsonNode passport = read(get("/api/v1/batteries/TEST-CORRECT-1", "oem1"));
        tools.jackson.databind.node.ObjectNode correction = json.createObjectNode();
        for (String field :
                List.of(
                        "model",
                        "serialNumber",
                        "batteryCategory",
                        "batteryChemistry",
                        "manufacturing",
                        "batteryMass",
                        "ratings",
                        "circularity",
                        "performance",
                        "labels")) {
            correction.set(field, passport.get(field));
        }
        correction.put("version", passport.get("version").asInt());
        ((tools.jackson.databind.node.ObjectNode) correction.get("circularity"))
                .put("warrantyMonths", 120);

        MvcTestResult first = put("/api/v1/batteries/TEST-CORRECT-1", "oem1", correction);
        MvcTestResult foreign = put("/api/v1/batteries/TEST-CORRECT-1", "oem2", correction);
        MvcTestResult stale = put("/api/v1/batteries/TEST-CORRECT-1", "oem1", correction);

        assertThat(first).hasStatusOk();
        assertThat(read(first).get("circularity").get("warrantyMonths").asInt()).isEqualTo(120);
        assertThat(read(first).get("version").asInt())
                .isEqualTo(passport.get("version").asInt() + 1);
        assertThat(foreign).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(stale).hasStatus(HttpStatus.CONFLICT);
    }

    @Test
    void recordsARepairThatReplacesAModule() {
        JsonNode service = read(get("/api/v1/batteries/" + LEAF + "/service", "oem1"));
        JsonNode modules = read(get("/api/v1/batteries/" + LEAF + "/modules", "oem1"));

        assertThat(service.get(0).get("replacedParts").get(0).get("removedModule").asString())
                .endsWith("-M17");
        assertThat(modules).hasSize(48);
        assertThat(modules)
                .extracting(m -> m.get("serialNumber").asString())
                .contains(LEAF + "-M17R")
                .doesNotContain(LEAF + "-M17");
    }

    @Test
    void completenessScoresMandatoryPointsForTheCategory() {
        JsonNode completeness = read(get("/api/v1/batteries/" + MEB + "/completeness", "oem1"));

        assertThat(completeness.get("dataPoints")).hasSize(71);
        assertThat(completeness.get("mandatory").asInt()).isEqualTo(51);
        JsonNode soce = completeness.get("dataPoints").get(60);
        assertThat(soce.get("number").asInt()).isEqualTo(61);
        JsonNode carbon = completeness.get("dataPoints").get(16);
        assertThat(carbon.get("state").asString()).isEqualTo("NOT_YET_REQUIRED");
        assertThat(completeness.get("score").asDouble()).isBetween(50.0, 100.0);
    }

    @Test
    void completenessOfAnLmtBatteryDoesNotAskForTheEvOnlyExhaustionThreshold() {
        JsonNode completeness =
                read(get("/api/v1/batteries/DEMO-EBIKE-500-0001/completeness", "oem1"));

        JsonNode threshold = completeness.get("dataPoints").get(32);
        assertThat(threshold.get("number").asInt()).isEqualTo(33);
        assertThat(threshold.get("state").asString()).isEqualTo("NOT_APPLICABLE");
        assertThat(completeness.get("mandatory").asInt()).isEqualTo(54);
    }

    @Test
    void completenessFindsPowerEfficiencyAndSelfDischargeOnceTheBatteryReportsThem() {
        post("/api/v1/batteries", "oem1", TestPassports.small("TEST-PERFORMANCE-1"));
        String uri = "/api/v1/batteries/TEST-PERFORMANCE-1";
        JsonNode before = read(get(uri + "/completeness", "oem1"));

        MvcTestResult readings =
                post(
                        uri + "/sox",
                        "oem1",
                        List.of(
                                Map.of(
                                        "measuredAt",
                                        "2026-01-01T00:00:00Z",
                                        "powerCapabilityW",
                                        5000,
                                        "roundTripEfficiencyPct",
                                        95.0,
                                        "selfDischargePctPerMonth",
                                        1.0),
                                Map.of(
                                        "measuredAt",
                                        "2026-06-01T00:00:00Z",
                                        "powerCapabilityW",
                                        4700,
                                        "roundTripEfficiencyPct",
                                        93.8,
                                        "selfDischargePctPerMonth",
                                        1.4)));
        JsonNode after = read(get(uri + "/completeness", "oem1"));

        assertThat(readings).hasStatus(HttpStatus.CREATED);
        for (int point : List.of(54, 57, 63, 64, 65)) {
            assertThat(before.get("dataPoints").get(point - 1).get("state").asString())
                    .as("#" + point)
                    .isEqualTo("ABSENT_NOT_REQUIRED");
            assertThat(after.get("dataPoints").get(point - 1).get("state").asString())
                    .as("#" + point)
                    .isEqualTo("PRESENT");
        }
    }

    // --- helpers -------------------------------------------------------------------------------

    private MvcTestResult get(String uri, String user) {
        return mvc.get().uri(uri).with(httpBasic(user, "demo")).exchange();
    }

    private MvcTestResult post(String uri, String user, Object body) {
        return mvc.post()
                .uri(uri)
                .with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body))
                .exchange();
    }

    private MvcTestResult put(String uri, String user, Object body) {
        return mvc.put()
                .uri(uri)
                .with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body))
                .exchange();
    }

    private JsonNode read(MvcTestResult result) {
        try {
            return json.readTree(result.getResponse().getContentAsString());
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
