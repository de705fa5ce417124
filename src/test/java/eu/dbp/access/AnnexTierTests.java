package eu.dbp.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import eu.dbp.IntegrationTest;
import eu.dbp.access.AccessAdministration.Purpose;
import eu.dbp.platform.OrganisationKind;
import eu.dbp.platform.Organisations;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Annex XIII tiers as callers see them through the real passport endpoints. */
@IntegrationTest
class AnnexTierTests {

    /** Attribute names that only restricted tiers carry, wherever they occur. */
    static final Set<String> RESTRICTED_NAMES =
            Set.of(
                    "batteryStatus",
                    "design",
                    "latestSox",
                    "eventCounts",
                    "partNumber",
                    "sparePartSource",
                    "materialBatches",
                    "camLots",
                    "cellModels",
                    "serviceDisconnect",
                    "expectedLifetimeYears",
                    "status");

    static final Set<String> RESTRICTED_DOCUMENTS =
            Set.of(
                    "DISMANTLING_MANUAL",
                    "REMOVAL_MANUAL",
                    "MODEL_3D",
                    "DRAWING",
                    "BILL_OF_MATERIAL",
                    "SAFETY_INSTRUCTIONS",
                    "TEST_REPORT");

    @Autowired MockMvcTester mvc;

    @Autowired JsonMapper json;

    @Autowired JdbcClient jdbc;

    @Autowired ReadLogWriter readLog;

    @Autowired AccessAdministration admin;

    @Autowired Organisations organisations;

    @BeforeEach
    void demoAccounts() {
        DemoAccess.load(organisations, admin);
    }

    @Test
    void anonymousAnswersContainNoRestrictedFieldAnywhere() throws Exception {
        for (String uri :
                List.of(
                        "/api/v1/batteries",
                        "/api/v1/batteries/" + DemoAccess.MEB,
                        "/api/v1/batteries/" + DemoAccess.LEAF + "/document",
                        "/api/v1/batteries/" + DemoAccess.TESLA)) {
            JsonNode body = read(uri, null);

            assertThat(restrictedIn(body, "$")).as(uri).isEmpty();
        }
        JsonNode meb = read("/api/v1/batteries/" + DemoAccess.MEB, null);
        assertThat(meb.path("id").asString()).isEqualTo(DemoAccess.MEB);
        assertThat(meb.has("batteryChemistry")).isTrue();
        assertThat(meb.has("ratings")).isTrue();
    }

    @Test
    void ownerSeesEverythingOfItsBattery() throws Exception {
        JsonNode meb =
                read("/api/v1/batteries/" + DemoAccess.MEB, httpBasic("oem1", DemoAccess.PASSWORD));

        assertThat(meb.has("design")).isTrue();
        assertThat(meb.has("batteryStatus")).isTrue();
    }

    @Test
    void recyclerSeesDismantlingDataWhileItsGrantRunsAndNotAfter() throws Exception {
        String org = "tier-recycler";
        organisations.ensure(org, "Recycler whose grant runs out", OrganisationKind.RECYCLER);
        admin.ensureAccount("tier-recycler", "tier-pass", org, "RECYCLER");
        long grant =
                admin.grantLegitimateInterest(
                        org,
                        Purpose.DISMANTLING,
                        List.of(DemoAccess.LFP),
                        null,
                        Instant.now().plus(Duration.ofDays(30)));
        RequestPostProcessor recycler = httpBasic("tier-recycler", "tier-pass");

        JsonNode during = read("/api/v1/batteries/" + DemoAccess.LFP, recycler);
        assertThat(during.has("design")).isTrue();
        assertThat(mvc.get().uri("/api/v1/batteries/{id}/modules", DemoAccess.LFP).with(recycler))
                .hasStatusOk();
        readLog.flush();
        assertThat(
                        jdbc.sql(
                                        """
                select count(*) from access_log where principal = 'tier-recycler'
                  and outcome = 'RESTRICTED_READ' and battery_identifier = :b""")
                                .param("b", DemoAccess.LFP)
                                .query(Long.class)
                                .single())
                .isPositive();

        jdbc.sql(
                        """
                update legitimate_interest_grant
                set granted_at = now() - interval '60 days', expires_at = now() - interval '1 day'
                where id = :id""")
                .param("id", grant)
                .update();

        JsonNode after = read("/api/v1/batteries/" + DemoAccess.LFP, recycler);
        assertThat(after.has("design")).isFalse();
        assertThat(restrictedIn(after, "$")).isEmpty();
        assertThat(mvc.get().uri("/api/v1/batteries/{id}/modules", DemoAccess.LFP).with(recycler))
                .hasStatus(403);
    }

    @Test
    void whollyRestrictedSubResourcesAnswer401ToNobodyAnd403WithoutTheTier() {
        assertThat(mvc.get().uri("/api/v1/batteries/{id}/materials", DemoAccess.LFP))
                .hasStatus(401);
        assertThat(
                        mvc.get()
                                .uri("/api/v1/batteries/{id}/materials", DemoAccess.LFP)
                                .with(httpBasic("oem1", DemoAccess.PASSWORD)))
                .hasStatus(403);
        assertThat(
                        jdbc.sql(
                                        """
                select count(*) from access_log where outcome = 'DENIED' and principal = 'oem1'
                  and battery_identifier = :b""")
                                .param("b", DemoAccess.LFP)
                                .query(Long.class)
                                .single())
                .isPositive();
    }

    @Test
    void complianceTestReportsAreForAuthoritiesOnly() throws Exception {
        JsonNode forAuthority =
                read(
                        "/api/v1/batteries/" + DemoAccess.MEB + "/tests",
                        httpBasic("authority", DemoAccess.PASSWORD));
        JsonNode forRecycler =
                read(
                        "/api/v1/batteries/" + DemoAccess.MEB + "/tests",
                        httpBasic("recycler", DemoAccess.PASSWORD));

        assertThat(testTypes(forAuthority)).contains("COMPLIANCE", "CYCLE_LIFE");
        assertThat(testTypes(forRecycler))
                .contains("CYCLE_LIFE")
                .doesNotContain("UN38_3", "COMPLIANCE", "ABUSE");
    }

    private List<String> testTypes(JsonNode tests) {
        List<String> out = new ArrayList<>();
        tests.values().forEach(t -> out.add(t.path("testType").asString()));
        return out;
    }

    private JsonNode read(String uri, RequestPostProcessor auth) throws Exception {
        var request = mvc.get().uri(uri);
        if (auth != null) {
            request = request.with(auth);
        }
        var result = request.exchange();
        assertThat(result).as(uri).hasStatusOk();
        return json.readTree(result.getResponse().getContentAsString());
    }

    /** JSON paths of every restricted attribute or restricted document found in the tree. */
    static List<String> restrictedIn(JsonNode node, String path) {
        List<String> found = new ArrayList<>();
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String child = path + "." + field.getKey();
                if (RESTRICTED_NAMES.contains(field.getKey())) {
                    found.add(child);
                }
                if (field.getKey().equals("documentType")
                        && RESTRICTED_DOCUMENTS.contains(field.getValue().asString())) {
                    found.add(child + "=" + field.getValue().asString());
                }
                found.addAll(restrictedIn(field.getValue(), child));
            }
        } else if (node.isArray()) {
            int i = 0;
            for (JsonNode element : node.values()) {
                found.addAll(restrictedIn(element, path + "[" + i++ + "]"));
            }
        }
        return found;
    }
}
