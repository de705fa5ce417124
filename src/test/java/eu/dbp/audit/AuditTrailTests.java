package eu.dbp.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import eu.dbp.IntegrationTest;
import eu.dbp.access.AccessAdministration;
import eu.dbp.access.DemoAccess;
import eu.dbp.platform.Organisations;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditTrailTests {

    @Autowired AuditTrail audit;

    @Autowired JdbcClient jdbc;

    @Autowired TransactionTemplate transactions;

    @Autowired MockMvcTester mvc;

    @Autowired tools.jackson.databind.json.JsonMapper json;

    @BeforeEach
    void demoAccounts(
            @Autowired Organisations organisations, @Autowired AccessAdministration admin) {
        DemoAccess.load(organisations, admin);
    }

    @Test
    void eachWriteYieldsExactlyOneEntryWithItsBeforeAndAfter() {
        String battery = "AUDIT-" + UUID.randomUUID();

        transactions.executeWithoutResult(
                tx ->
                        audit.record(
                                battery,
                                "event.updated",
                                "battery_event",
                                "7",
                                Map.of("severity", "LOW"),
                                Map.of("severity", "HIGH")));

        assertThat(
                        mvc.get()
                                .uri("/api/v1/batteries/{id}/audit", battery)
                                .with(httpBasic("authority", DemoAccess.PASSWORD))
                                .header("X-Request-Id", "req-42"))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$.length()", n -> assertThat(n).isEqualTo(1))
                .hasPathSatisfying("$[0].action", v -> assertThat(v).isEqualTo("event.updated"))
                .hasPathSatisfying("$[0].entityId", v -> assertThat(v).isEqualTo("7"))
                .hasPathSatisfying("$[0].before.severity", v -> assertThat(v).isEqualTo("LOW"))
                .hasPathSatisfying("$[0].after.severity", v -> assertThat(v).isEqualTo("HIGH"))
                .hasPathSatisfying("$[0].principal", v -> assertThat(v).isEqualTo("system"));
    }

    @Test
    void entryCarriesTheRequestIdAndTheCallerOfTheRequest() {
        assertThat(
                        mvc.post()
                                .uri("/api/v1/access/grants")
                                .with(httpBasic("oem1", DemoAccess.PASSWORD))
                                .header("X-Request-Id", "req-audit-1")
                                .contentType("application/json")
                                .content(
                                        """
                        {"organisation":"test-grantee","purpose":"REPAIR",
                         "manufacturer":"oem1","expiresAt":"2099-01-01T00:00:00Z"}"""))
                .hasStatus(201);

        var row =
                jdbc.sql(
                                """
                select principal, organisation, action from audit_log
                where request_id = 'req-audit-1'""")
                        .query()
                        .singleRow();
        assertThat(row)
                .containsEntry("principal", "oem1")
                .containsEntry("organisation", "oem1")
                .containsEntry("action", "grant.created");
    }

    @Test
    void eventWritesThroughTheApiEachYieldOneEntryWithBeforeAndAfter() throws Exception {
        var created =
                mvc.post()
                        .uri("/api/v1/batteries/{id}/events", DemoAccess.MEB)
                        .with(httpBasic("oem1", DemoAccess.PASSWORD))
                        .header("X-Request-Id", "req-ev-1")
                        .contentType("application/json")
                        .content(
                                """
                        {"type":"SWELLING","severity":"LOW","occurredAt":"2026-02-01T00:00:00Z"}""")
                        .exchange();
        assertThat(created).hasStatus(201);
        String eventId =
                json.readTree(created.getResponse().getContentAsString()).get("id").toString();

        assertThat(
                        mvc.put()
                                .uri("/api/v1/batteries/{id}/events/{e}", DemoAccess.MEB, eventId)
                                .with(httpBasic("oem1", DemoAccess.PASSWORD))
                                .header("X-Request-Id", "req-ev-2")
                                .contentType("application/json")
                                .content(
                                        """
                        {"type":"SWELLING","severity":"HIGH","occurredAt":"2026-02-01T00:00:00Z",
                         "version":%s}"""
                                                .formatted(version(created))))
                .hasStatus2xxSuccessful();

        var first =
                jdbc.sql(
                                """
                select action, before_state is null as no_before, after_state->>'severity' as sev
                from audit_log where request_id = 'req-ev-1'""")
                        .query()
                        .listOfRows();
        var second =
                jdbc.sql(
                                """
                select action, before_state->>'severity' as was, after_state->>'severity' as now
                from audit_log where request_id = 'req-ev-2'""")
                        .query()
                        .listOfRows();
        assertThat(first)
                .singleElement()
                .satisfies(
                        row ->
                                assertThat(row)
                                        .containsEntry("action", "event.created")
                                        .containsEntry("no_before", true)
                                        .containsEntry("sev", "LOW"));
        assertThat(second)
                .singleElement()
                .satisfies(
                        row ->
                                assertThat(row)
                                        .containsEntry("action", "event.updated")
                                        .containsEntry("was", "LOW")
                                        .containsEntry("now", "HIGH"));
    }

    private String version(org.springframework.test.web.servlet.assertj.MvcTestResult result)
            throws Exception {
        var version = json.readTree(result.getResponse().getContentAsString()).get("version");
        return version == null ? "null" : version.toString();
    }

    @Test
    void rolledBackWriteLeavesNoEntry() {
        String battery = "AUDIT-" + UUID.randomUUID();

        transactions.executeWithoutResult(
                tx -> {
                    audit.record(
                            battery, "battery.created", "battery", battery, null, Map.of("x", 1));
                    tx.setRollbackOnly();
                });

        assertThat(countFor(battery)).isZero();
    }

    @Test
    void refusesToRecordOutsideTheCallersTransaction() {
        assertThatThrownBy(
                        () -> audit.record("X-1", "battery.created", "battery", "X-1", null, null))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void databaseRefusesUpdateAndDeleteOfTheLog() {
        String battery = "AUDIT-" + UUID.randomUUID();
        transactions.executeWithoutResult(
                tx ->
                        audit.record(
                                battery,
                                "battery.created",
                                "battery",
                                battery,
                                null,
                                Map.of("x", 1)));

        assertThatThrownBy(
                        () ->
                                jdbc.sql(
                                                "update audit_log set action = 'battery.deleted' "
                                                        + "where battery_identifier = :b")
                                        .param("b", battery)
                                        .update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(
                        () ->
                                jdbc.sql("delete from audit_log where battery_identifier = :b")
                                        .param("b", battery)
                                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("truncate audit_log").update())
                .isInstanceOf(DataAccessException.class);
        assertThat(countFor(battery)).isEqualTo(1);
    }

    @Test
    void verifyNamesTheFirstEntryAlteredBehindTheApplicationsBack() {
        String battery = "AUDIT-" + UUID.randomUUID();
        transactions.executeWithoutResult(
                tx -> audit.record(battery, "sox.appended", "sox", "1", null, Map.of("soh", 91)));
        long seq =
                jdbc.sql("select seq from audit_log where battery_identifier = :b")
                        .param("b", battery)
                        .query(Long.class)
                        .single();
        assertThat(
                        mvc.get()
                                .uri("/api/v1/audit/verify")
                                .with(httpBasic("authority", DemoAccess.PASSWORD)))
                .bodyJson()
                .hasPathSatisfying("$.intact", v -> assertThat(v).isEqualTo(true));

        tamper(seq, "{\"soh\": 99}");
        try {
            assertThat(
                            mvc.get()
                                    .uri("/api/v1/audit/verify")
                                    .with(httpBasic("authority", DemoAccess.PASSWORD)))
                    .hasStatusOk()
                    .bodyJson()
                    .hasPathSatisfying("$.intact", v -> assertThat(v).isEqualTo(false))
                    .hasPathSatisfying(
                            "$.firstBroken.seq", v -> assertThat(v).isEqualTo((int) seq));
        } finally {
            tamper(seq, "{\"soh\": 91}");
        }
    }

    @Test
    void onlyAuditorsMayVerifyTheChain() {
        assertThat(mvc.get().uri("/api/v1/audit/verify")).hasStatus(401);
        assertThat(
                        mvc.get()
                                .uri("/api/v1/audit/verify")
                                .with(httpBasic("oem1", DemoAccess.PASSWORD)))
                .hasStatus(403);
    }

    /** Changes an entry as a superuser with triggers switched off for this transaction only. */
    private void tamper(long seq, String after) {
        transactions.executeWithoutResult(
                tx -> {
                    jdbc.sql("set local session_replication_role = replica").update();
                    jdbc.sql(
                                    "update audit_log set after_state = cast(:after as jsonb) where seq = :seq")
                            .param("after", after)
                            .param("seq", seq)
                            .update();
                });
    }

    private long countFor(String battery) {
        return jdbc.sql("select count(*) from audit_log where battery_identifier = :b")
                .param("b", battery)
                .query(Long.class)
                .single();
    }
}
