package eu.dbp.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import eu.dbp.IntegrationTest;
import eu.dbp.platform.Organisations;

/**
 * Every endpoint against every role and nobody: one line per endpoint, naming the expected
 * status per caller ({@code *} for everyone not named). A refused request must leave the audit
 * log, and so every audited table, as it was.
 */
@IntegrationTest
class AccessMatrixTests {

    static final List<String> CALLERS = List.of("anonymous", "admin", "oem1", "oem2", "repairer",
            "remanufacturer", "recycler", "authority", "bms");

    static final String LEAF = DemoAccess.LEAF;
    static final String LFP = DemoAccess.LFP;
    static final String B = "/api/v1/batteries/";

    /** Owner, authority and the organisations holding a dismantling grant on the Leaf. */
    static final String LEAF_RESTRICTED = "anonymous=401 oem1=200 authority=200 repairer=200 "
            + "remanufacturer=200 recycler=200 *=403";
    /** The LFP pack has no grant: its owner and the authority only. */
    static final String LFP_RESTRICTED = "anonymous=401 oem2=200 authority=200 *=403";
    static final String AUDIT_LEAF = "anonymous=401 admin=200 authority=200 oem1=200 *=403";

    static final String EVENT = """
            {"type":"OVERHEATING","severity":"LOW","occurredAt":"2026-01-01T00:00:00Z"}""";
    static final String WORK_ORDER = """
            {"type":"INSPECTION","openedAt":"%NOW%","description":"matrix"}""";
    static final String SOX = """
            [{"measuredAt":"%NOW%","soh":91.5,"temperatureC":31}]""";
    static final String DIAGNOSTIC = """
            {"testType":"DIAGNOSTIC","testedOn":"2026-01-01","laboratory":"matrix lab",
             "result":"INFO"}""";

    static final List<Endpoint> ENDPOINTS = List.of(
            get("/api/v1/access/tiers", "*=200"),
            get("/api/v1/access/me", "anonymous=401 *=200"),
            get("/api/v1/access/grants", "anonymous=401 *=200"),
            get("/api/v1/access/authorisations", "anonymous=401 *=200"),
            post("/api/v1/access/grants", """
                    {"organisation":"test-grantee","purpose":"RECYCLING","manufacturer":"oem1",
                     "expiresAt":"2099-01-01T00:00:00Z"}""",
                    "anonymous=401 admin=201 oem1=201 *=403"),
            post("/api/v1/access/grants", """
                    {"organisation":"test-grantee","purpose":"RECYCLING","manufacturer":"oem2",
                     "expiresAt":"2099-01-01T00:00:00Z"}""",
                    "anonymous=401 admin=201 oem2=201 *=403"),
            post("/api/v1/access/authorisations", """
                    {"operator":"test-grantee","documentReference":"contract 2026/17"}""",
                    "anonymous=401 oem1=201 oem2=201 *=403"),
            post("/api/v1/access/machine-clients", """
                    {"name":"gateway-matrix","organisation":"oem1","batteryIdentifiers":["%s"]}"""
                    .formatted(LEAF), "anonymous=401 admin=201 *=403"),
            post("/api/v1/auth/token", null, "anonymous=401 bms=403 *=200"),
            get("/api/v1/audit/verify", "anonymous=401 admin=200 authority=200 *=403"),
            get(B + LEAF + "/qr", "*=200"),
            get("/api/v1/batteries", "*=200"),
            get(B + LEAF, "*=200"),
            get(B + LEAF + "/document", "*=200"),
            get(B + LEAF + "/production", "*=200"),
            get(B + LEAF + "/completeness", "*=200"),
            get(B + LEAF + "/materials", LEAF_RESTRICTED),
            get(B + LEAF + "/modules", LEAF_RESTRICTED),
            get(B + LEAF + "/design", LEAF_RESTRICTED),
            get(B + LEAF + "/events", LEAF_RESTRICTED),
            get(B + LEAF + "/tests", LEAF_RESTRICTED),
            get(B + LEAF + "/service", LEAF_RESTRICTED),
            get(B + LEAF + "/logistics/shipments", LEAF_RESTRICTED),
            get(B + LEAF + "/logistics/storage", LEAF_RESTRICTED),
            get(B + LEAF + "/end-of-life", LEAF_RESTRICTED),
            get(B + LFP + "/materials", LFP_RESTRICTED),
            get(B + LFP + "/events", LFP_RESTRICTED),
            get(B + LEAF + "/audit", AUDIT_LEAF),
            get(B + LFP + "/audit", "anonymous=401 admin=200 authority=200 oem2=200 *=403"),
            get(B + "UNKNOWN-0001/audit", "anonymous=401 admin=200 authority=200 *=403"),
            post(B + LEAF + "/events", EVENT, "anonymous=401 oem1=201 repairer=201 "
                    + "remanufacturer=201 recycler=201 *=403"),
            post(B + LFP + "/events", EVENT, "anonymous=401 oem2=201 *=403"),
            post(B + LEAF + "/service", WORK_ORDER, "anonymous=401 oem1=201 repairer=201 "
                    + "remanufacturer=201 *=403"),
            post(B + LFP + "/service", WORK_ORDER, "anonymous=401 oem2=201 *=403"),
            post(B + LEAF + "/tests", DIAGNOSTIC, "anonymous=401 oem1=201 repairer=201 "
                    + "remanufacturer=201 *=403"),
            // Authorisation passes for manufacturers; the empty document then fails validation.
            post("/api/v1/batteries", "{}", "anonymous=401 oem1=422 oem2=422 *=403"),
            post(B + LEAF + "/unlisted", "{}", "anonymous=401 *=403"),
            get(B + LEAF + "/sox", LEAF_RESTRICTED),
            get(B + LEAF + "/disassembly-plan", LEAF_RESTRICTED),
            get(B + LEAF + "/safety-assessment", LEAF_RESTRICTED),
            get(B + LFP + "/safety-assessment", LFP_RESTRICTED),
            get(B + LEAF + "/recommendation", LEAF_RESTRICTED),
            // The BMS feeds the Leaf (bound to it) but not the Tesla; SoX is no repairer's stage.
            post(B + LEAF + "/sox", SOX, "anonymous=401 oem1=201 bms=201 *=403"),
            post(B + DemoAccess.TESLA + "/sox", SOX, "anonymous=401 oem2=201 *=403"),
            get("/api/v1/exports/features?format=csv", "anonymous=401 admin=200 authority=200 *=403"));

    /**
     * Timestamps for bodies that need one: each request its own, all in the last hour, so that
     * readings never collide and matrix records sort after the demo's own history.
     */
    private static final java.time.Instant CLOCK_BASE = java.time.Instant.now()
            .minus(java.time.Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    private static final java.util.concurrent.atomic.AtomicLong TICKS =
            new java.util.concurrent.atomic.AtomicLong();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void demoAccounts(@Autowired Organisations organisations, @Autowired AccessAdministration admin) {
        DemoAccess.load(organisations, admin);
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("matrix")
    void answersEachCallerAsDeclared(String endpoint, String caller, int expected, Endpoint e) {
        long auditBefore = auditHead();

        int status = mvc.perform(request(e, caller)).getResponse().getStatus();

        assertThat(status).as(endpoint + " as " + caller).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(auditHead()).as("a refused request changes nothing").isEqualTo(auditBefore);
        }
    }

    static Stream<Arguments> matrix() {
        List<Arguments> out = new ArrayList<>();
        for (Endpoint e : ENDPOINTS) {
            for (String caller : CALLERS) {
                out.add(Arguments.of(e.method() + " " + e.uri(), caller, e.expected(caller), e));
            }
        }
        return out.stream();
    }

    private MockHttpServletRequestBuilder request(Endpoint e, String caller) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders
                .request(HttpMethod.valueOf(e.method()), e.uri());
        if (e.body() != null) {
            request.contentType("application/json").content(e.body().replace("%NOW%",
                    CLOCK_BASE.plusSeconds(TICKS.incrementAndGet()).toString()));
        }
        if (caller.equals("bms")) {
            request.header("Authorization", "Bearer " + DemoAccess.bmsToken());
        } else if (!caller.equals("anonymous")) {
            request.with(httpBasic(caller, DemoAccess.PASSWORD));
        }
        return request;
    }

    private long auditHead() {
        return jdbc.sql("select coalesce(max(seq), 0) from audit_log").query(Long.class).single();
    }

    record Endpoint(String method, String uri, String body, Map<String, Integer> statuses) {

        int expected(String caller) {
            Integer status = statuses.getOrDefault(caller, statuses.get("*"));
            if (status == null) {
                throw new IllegalStateException(method + " " + uri + " names no status for " + caller);
            }
            return status;
        }
    }

    static Endpoint get(String uri, String statuses) {
        return new Endpoint("GET", uri, null, parse(statuses));
    }

    static Endpoint post(String uri, String body, String statuses) {
        return new Endpoint("POST", uri, body, parse(statuses));
    }

    static Endpoint put(String uri, String body, String statuses) {
        return new Endpoint("PUT", uri, body, parse(statuses));
    }

    private static Map<String, Integer> parse(String statuses) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String pair : statuses.trim().split("\\s+")) {
            String[] kv = pair.split("=");
            out.put(kv[0], Integer.valueOf(kv[1]));
        }
        return out;
    }
}
