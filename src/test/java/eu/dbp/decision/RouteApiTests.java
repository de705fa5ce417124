package eu.dbp.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import eu.dbp.IntegrationTest;
import eu.dbp.access.DemoAccess;
import eu.dbp.passport.ModuleCondition;
import eu.dbp.passport.Passport;
import eu.dbp.passport.PassportDocument;
import eu.dbp.passport.PassportService;
import eu.dbp.passport.TestPassports;
import eu.dbp.platform.ConflictException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/v1/batteries/{id}/route}: the regulation's lifecycle, applied. */
@IntegrationTest
class RouteApiTests {

    @Autowired MockMvcTester mvc;

    @Autowired JsonMapper json;

    @Autowired PassportService passports;

    private String ownPack(String prefix) {
        String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        passports.registerFor("oem1", TestPassports.small(id));
        return id;
    }

    private MvcTestResult route(String user, String battery, Map<String, Object> body) {
        return mvc.post()
                .uri("/api/v1/batteries/{id}/route", battery)
                .with(httpBasic(user, DemoAccess.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body))
                .exchange();
    }

    @Test
    void repurposingIssuesANewPassportLinkedToTheOriginal() {
        String original = ownPack("ROUTE-REPURPOSE");
        String successor = original + "-2L";
        assertThat(
                        mvc.post()
                                .uri("/api/v1/batteries/{id}/sox", original)
                                .with(httpBasic("oem1", DemoAccess.PASSWORD))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "[{\"measuredAt\": \"2025-04-01T00:00:00Z\", \"soh\": 72.0}]"))
                .hasStatus2xxSuccessful();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("route", "REPURPOSE");
        body.put("confirm", true);
        body.put("reason", "second life as stationary storage");
        body.put("successor", TestPassports.small(successor));

        MvcTestResult result = route("oem1", original, body);

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.successor").isEqualTo(successor);
        Passport issued = passports.passport(successor);
        assertThat(issued.predecessors())
                .containsExactly(
                        new Passport.Lineage(
                                original, PassportDocument.LineageRelation.REPURPOSED_FROM));
        assertThat(passports.endOfLife(original))
                .extracting(r -> r.successor())
                .contains(successor);
    }

    @Test
    void recyclingEndsThePassportAndRefusesLaterWrites() {
        String battery = ownPack("ROUTE-RECYCLE");

        MvcTestResult result =
                route(
                        "oem1",
                        battery,
                        Map.of(
                                "route",
                                "DIRECT_RECYCLING",
                                "confirm",
                                true,
                                "reason",
                                "end of life",
                                "recoveredMaterials",
                                Map.of("NI", 1.2)));
        MvcTestResult again =
                route(
                        "oem1",
                        battery,
                        Map.of("route", "WASTE", "confirm", true, "reason", "again"));
        MvcTestResult run =
                mvc.post()
                        .uri("/api/v1/disassembly-runs")
                        .with(httpBasic("oem1", DemoAccess.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"battery\": \"" + battery + "\", \"depth\": \"MODULE\"}")
                        .exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.ceased").isEqualTo(true);
        assertThat(passports.passport(battery).ceased()).isTrue();
        assertThatThrownBy(
                        () ->
                                passports.updateModuleConditions(
                                        battery, Map.of(battery + "-M1", ModuleCondition.REMOVED)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("ceased");
        assertThat(again).hasStatus(403);
        assertThat(run).hasStatus(403);
    }

    @Test
    void letsOnlyCallersWithTheRoutesStageApplyIt() {
        String battery = ownPack("ROUTE-ACCESS");

        MvcTestResult repairer =
                route(
                        "repairer",
                        battery,
                        Map.of(
                                "route",
                                "DIRECT_RECYCLING",
                                "confirm",
                                true,
                                "reason",
                                "not theirs"));
        MvcTestResult authority =
                route(
                        "authority",
                        battery,
                        Map.of("route", "WASTE", "confirm", true, "reason", "not theirs"));

        assertThat(repairer).hasStatus(403);
        assertThat(authority).hasStatus(403);
        assertThat(passports.passport(battery).ceased()).isFalse();
    }

    @Test
    void keepsTheRecommendationForCallersWithLegitimateInterest() {
        String battery = ownPack("ROUTE-READ");

        assertThat(
                        mvc.get()
                                .uri("/api/v1/batteries/{id}/recommendation", battery)
                                .with(httpBasic("oem1", DemoAccess.PASSWORD)))
                .hasStatusOk();
        assertThat(
                        mvc.get()
                                .uri("/api/v1/batteries/{id}/recommendation", battery)
                                .with(httpBasic("recycler", DemoAccess.PASSWORD)))
                .hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/batteries/{id}/recommendation", battery)).hasStatus(401);
    }
}
