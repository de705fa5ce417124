package eu.dbp.passport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import eu.dbp.IntegrationTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The manufacturer corrects and extends the design tree of a registered pack, part by part. */
@IntegrationTest
class DesignCorrectionApiTests {

    @Autowired MockMvcTester mvc;

    @Autowired JsonMapper json;

    @Autowired JdbcClient jdbc;

    @Test
    void aCorrectedTorqueReachesTheNextPlanAndTheVersionMovesOn() {
        int version = register("TEST-DESIGN-TORQUE");

        MvcTestResult corrected =
                put(
                        "TEST-DESIGN-TORQUE",
                        "/fasteners/lid-bolts",
                        "oem1",
                        change(version, lidBolts(9.5)));
        JsonNode plan =
                read(
                        mvc.get()
                                .uri(
                                        "/api/v1/batteries/TEST-DESIGN-TORQUE/disassembly-plan?depth=MODULE")
                                .accept(MediaType.APPLICATION_JSON)
                                .with(httpBasic("oem1", "demo"))
                                .exchange());

        assertThat(corrected).hasStatusOk();
        assertThat(read(corrected).get("version").asInt()).isEqualTo(version + 1);
        assertThat(passportVersion("TEST-DESIGN-TORQUE")).isEqualTo(version + 1);
        List<Double> torques =
                plan.get("steps")
                        .valueStream()
                        .filter(s -> s.path("fastener").isObject())
                        .filter(s -> "M6".equals(s.get("fastener").path("size").asString()))
                        .map(s -> s.get("fastener").get("torqueNm").asDouble())
                        .toList();
        assertThat(torques).isNotEmpty().containsOnly(9.5);
    }

    @Test
    void aStaleCorrectionGets409AndChangesNothing() {
        int version = register("TEST-DESIGN-STALE");
        put("TEST-DESIGN-STALE", "/fasteners/lid-bolts", "oem1", change(version, lidBolts(9.0)));

        MvcTestResult stale =
                put(
                        "TEST-DESIGN-STALE",
                        "/fasteners/lid-bolts",
                        "oem1",
                        change(version, lidBolts(12.0)));

        assertThat(stale).hasStatus(HttpStatus.CONFLICT);
        assertThat(torque("TEST-DESIGN-STALE", "lid-bolts")).isEqualByComparingTo("9.0");
    }

    @Test
    void anotherManufacturerMayNotCorrectTheDesign() {
        int version = register("TEST-DESIGN-FOREIGN");

        MvcTestResult foreign =
                put(
                        "TEST-DESIGN-FOREIGN",
                        "/fasteners/lid-bolts",
                        "oem2",
                        change(version, lidBolts(30.0)));
        MvcTestResult repairer =
                put(
                        "TEST-DESIGN-FOREIGN",
                        "/fasteners/lid-bolts",
                        "repairer",
                        change(version, lidBolts(30.0)));

        assertThat(foreign).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(repairer).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(torque("TEST-DESIGN-FOREIGN", "lid-bolts")).isEqualByComparingTo("8");
        assertThat(passportVersion("TEST-DESIGN-FOREIGN")).isEqualTo(version);
    }

    @Test
    void addsAJointBetweenKnownPartsAndRefusesOneNamingAnUnknownPart() {
        int version = register("TEST-DESIGN-JOINT");
        Map<String, Object> bracket =
                Map.of(
                        "ref",
                        "j-jbox",
                        "type",
                        "BOLTED",
                        "part",
                        "jbox",
                        "attachedTo",
                        "tray",
                        "fastener",
                        "module-bolts");
        Map<String, Object> dangling =
                Map.of(
                        "ref",
                        "j-ghost",
                        "type",
                        "CLIPPED",
                        "part",
                        "jbox",
                        "attachedTo",
                        "no-such-part");

        MvcTestResult added = post("TEST-DESIGN-JOINT", "/joints", change(version, bracket));
        MvcTestResult refused = post("TEST-DESIGN-JOINT", "/joints", change(version + 1, dangling));

        assertThat(added).hasStatus(HttpStatus.CREATED);
        JsonNode design = read(get("/api/v1/batteries/TEST-DESIGN-JOINT/design"));
        assertThat(design.get("joints"))
                .extracting(j -> j.get("ref").asString())
                .contains("j-jbox")
                .doesNotContain("j-ghost");
        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        JsonNode error = read(refused).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("part.attachedTo");
        assertThat(error.get("rule").asString()).isEqualTo("reference");
        assertThat(passportVersion("TEST-DESIGN-JOINT")).isEqualTo(version + 1);
    }

    @Test
    void aSecondPartWithAnExistingRefGets409() {
        int version = register("TEST-DESIGN-DUPLICATE");

        MvcTestResult duplicate =
                post("TEST-DESIGN-DUPLICATE", "/fasteners", change(version, lidBolts(8)));

        assertThat(duplicate).hasStatus(HttpStatus.CONFLICT);
        assertThat(passportVersion("TEST-DESIGN-DUPLICATE")).isEqualTo(version);
    }

    @Test
    void refusesABrokenRuleWithTheFieldNamedAndKeepsTheOldValues() {
        int version = register("TEST-DESIGN-RULES");
        Map<String, Object> lowVoltageDisconnect =
                Map.of(
                        "ref",
                        "msd-plug",
                        "type",
                        "SERVICE_DISCONNECT",
                        "voltageClass",
                        "LV",
                        "part",
                        "msd");
        Map<String, Object> tooTight = new LinkedHashMap<>(lidBolts(8));
        tooTight.put("torqueNm", 5000);

        MvcTestResult connector =
                put(
                        "TEST-DESIGN-RULES",
                        "/connectors/msd-plug",
                        "oem1",
                        change(version, lowVoltageDisconnect));
        MvcTestResult fastener =
                put("TEST-DESIGN-RULES", "/fasteners/lid-bolts", "oem1", change(version, tooTight));

        assertThat(connector).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(read(connector).get("errors").get(0).get("field").asString())
                .isEqualTo("part.voltageClass");
        assertThat(fastener).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(read(fastener).get("errors").get(0).get("field").asString())
                .isEqualTo("part.torqueNm");
        assertThat(
                        jdbc.sql(
                                        """
                select voltage_class from connector
                where battery_id = (select id from battery where identifier = 'TEST-DESIGN-RULES')
                  and ref = 'msd-plug'""")
                                .query(String.class)
                                .single())
                .isEqualTo("HV");
        assertThat(passportVersion("TEST-DESIGN-RULES")).isEqualTo(version);
    }

    @Test
    void aCorrectionKeepsItsRefAndAnUnknownRefIsNotFound() {
        int version = register("TEST-DESIGN-REF");
        Map<String, Object> renamed = new LinkedHashMap<>(lidBolts(8));
        renamed.put("ref", "lid-screws");

        MvcTestResult rename =
                put("TEST-DESIGN-REF", "/fasteners/lid-bolts", "oem1", change(version, renamed));
        MvcTestResult unknown =
                put("TEST-DESIGN-REF", "/fasteners/lid-screws", "oem1", change(version, renamed));

        assertThat(rename).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(read(rename).get("errors").get(0).get("field").asString()).isEqualTo("part.ref");
        assertThat(unknown).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aCorrectionIsAuditedWithItsBeforeAndAfter() {
        int version = register("TEST-DESIGN-AUDIT");
        Map<String, Object> hv =
                Map.of(
                        "ref",
                        "bb-1",
                        "kind",
                        "BUSBAR",
                        "name",
                        "module busbar",
                        "highVoltage",
                        true,
                        "partNumber",
                        "BB-0042");

        put("TEST-DESIGN-AUDIT", "/components/bb-1", "oem1", change(version, hv));

        JsonNode entry =
                json.readTree(
                        jdbc.sql(
                                        """
                select json_build_object('action', action, 'before', before_state, 'after', after_state,
                    'principal', principal)::text
                from audit_log where battery_identifier = 'TEST-DESIGN-AUDIT' order by seq desc limit 1""")
                                .query(String.class)
                                .single());
        assertThat(entry.get("action").asString()).isEqualTo("design.component.corrected");
        assertThat(entry.get("principal").asString()).isEqualTo("oem1");
        assertThat(entry.get("before").get("name").asString()).isEqualTo("bb-1");
        assertThat(entry.get("before").has("partNumber")).isFalse();
        assertThat(entry.get("after").get("name").asString()).isEqualTo("module busbar");
        assertThat(entry.get("after").get("partNumber").asString()).isEqualTo("BB-0042");
    }

    // --- helpers -------------------------------------------------------------------------------

    private int register(String id) {
        MvcTestResult created =
                mvc.post()
                        .uri("/api/v1/batteries")
                        .with(httpBasic("oem1", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(TestPassports.small(id)))
                        .exchange();
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return read(created).get("version").asInt();
    }

    private static Map<String, Object> lidBolts(double torque) {
        Map<String, Object> fastener = new LinkedHashMap<>();
        fastener.put("ref", "lid-bolts");
        fastener.put("type", "BOLT");
        fastener.put("size", "M6");
        fastener.put("drive", "HEX");
        fastener.put("count", 10);
        fastener.put("material", "steel");
        fastener.put("torqueNm", torque);
        fastener.put("location", "lid");
        return fastener;
    }

    private static Map<String, Object> change(int version, Map<String, Object> part) {
        return Map.of("version", version, "part", part);
    }

    private MvcTestResult get(String uri) {
        return mvc.get().uri(uri).with(httpBasic("oem1", "demo")).exchange();
    }

    private MvcTestResult post(String battery, String path, Object body) {
        return mvc.post()
                .uri("/api/v1/batteries/" + battery + "/design" + path)
                .with(httpBasic("oem1", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body))
                .exchange();
    }

    private MvcTestResult put(String battery, String path, String user, Object body) {
        return mvc.put()
                .uri("/api/v1/batteries/" + battery + "/design" + path)
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

    private int passportVersion(String id) {
        return jdbc.sql("select version from battery where identifier = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    private java.math.BigDecimal torque(String id, String ref) {
        return jdbc.sql(
                        """
                select torque_nm from fastener
                where battery_id = (select id from battery where identifier = :id) and ref = :ref""")
                .param("id", id)
                .param("ref", ref)
                .query(java.math.BigDecimal.class)
                .single();
    }
}
