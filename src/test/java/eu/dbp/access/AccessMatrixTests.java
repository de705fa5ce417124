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

    static final List<Endpoint> ENDPOINTS = List.of(
            get("/api/v1/access/tiers", "*=200"),
            get("/api/v1/access/me", "anonymous=401 *=200"),
            get("/api/v1/access/grants", "anonymous=401 *=200"),
            get("/api/v1/access/authorisations", "anonymous=401 *=200"),
            post("/api/v1/access/grants", """
                    {"organisation":"recycler","purpose":"RECYCLING","manufacturer":"oem1",
                     "expiresAt":"2099-01-01T00:00:00Z"}""",
                    "anonymous=401 admin=201 oem1=201 *=403"),
            post("/api/v1/access/grants", """
                    {"organisation":"recycler","purpose":"RECYCLING","manufacturer":"oem2",
                     "expiresAt":"2099-01-01T00:00:00Z"}""",
                    "anonymous=401 admin=201 oem2=201 *=403"),
            post("/api/v1/access/authorisations", """
                    {"operator":"repairer","documentReference":"contract 2026/17"}""",
                    "anonymous=401 oem1=201 oem2=201 *=403"),
            post("/api/v1/access/machine-clients", """
                    {"name":"gateway-matrix","organisation":"oem1","batteryIdentifiers":["%s"]}"""
                    .formatted(LEAF), "anonymous=401 admin=201 *=403"),
            post("/api/v1/auth/token", null, "anonymous=401 bms=403 *=200"),
            get("/api/v1/audit/verify", "anonymous=401 admin=200 authority=200 *=403"),
            get("/api/v1/batteries/" + LEAF + "/qr", "*=200"));

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
            request.contentType("application/json").content(e.body());
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
