package eu.dbp.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import eu.dbp.IntegrationTest;
import eu.dbp.passport.PassportService;
import eu.dbp.passport.TestPassports;
import eu.dbp.platform.Organisations;
import java.io.UnsupportedEncodingException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every endpoint against every role and nobody: one line per endpoint, naming the expected status
 * per caller ({@code *} for everyone not named). A refused request must leave the audit log, and so
 * every audited table, as it was. {@link #everyApiEndpointHasALineInTheMatrix} keeps the list
 * complete.
 *
 * <p>Writes that need something to act on (a record to update, a run to advance, a grant to revoke)
 * name a fixture, made afresh before each request, whose values fill the {@code %NAME%}
 * placeholders of the line; writes go to packs of the matrix's own, so that no other test sees
 * them. A fresh pack is owned by {@code oem1} and carries a dismantling grant for the repairer, the
 * remanufacturer and the recycler, as the demo Leaf does.
 */
@IntegrationTest
class AccessMatrixTests {

    static final List<String> CALLERS =
            List.of(
                    "anonymous",
                    "admin",
                    "oem1",
                    "oem2",
                    "repairer",
                    "remanufacturer",
                    "recycler",
                    "authority",
                    "bms");

    static final String LEAF = DemoAccess.LEAF;
    static final String LFP = DemoAccess.LFP;
    static final String B = "/api/v1/batteries/";

    /** Owner, authority and the organisations holding a dismantling grant on the Leaf. */
    static final String LEAF_RESTRICTED =
            "anonymous=401 oem1=200 authority=200 repairer=200 "
                    + "remanufacturer=200 recycler=200 *=403";

    /** The LFP pack has no grant: its owner and the authority only. */
    static final String LFP_RESTRICTED = "anonymous=401 oem2=200 authority=200 *=403";

    static final String AUDIT_LEAF = "anonymous=401 admin=200 authority=200 oem1=200 *=403";

    // The table below is laid out by hand, one line an endpoint: the formatter leaves it alone.
    // spotless:off
    static final String EVENT = """
            {"type":"OVERHEATING","severity":"LOW","occurredAt":"2026-01-01T00:00:00Z"}""";
    static final String WORK_ORDER = """
            {"type":"INSPECTION","openedAt":"%NOW%","description":"matrix"}""";
    static final String SOX = """
            [{"measuredAt":"%NOW%","soh":91.5,"temperatureC":31}]""";
    static final String DIAGNOSTIC = """
            {"testType":"DIAGNOSTIC","testedOn":"2026-01-01","laboratory":"matrix lab",
             "result":"INFO"}""";

    static final String SHIPMENT = """
            {"fromOrganisation":"oem1","toOrganisation":"recycler","fromLocation":"matrix depot",
             "toLocation":"matrix plant","shippedAt":"2026-01-02T00:00:00Z","transportMode":"ROAD",
             "unNumber":"UN3480","version":%VERSION%}""";
    /** Who may work a run on a fresh pack: its owner and the organisations granted dismantling. */
    static final String RUN_WRITERS = "anonymous=401 oem1=200 repairer=200 remanufacturer=200 "
            + "recycler=200 *=403";
    static final String NDJSON = "application/x-ndjson";

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
            get("/api/v1/exports/features?format=csv", "anonymous=401 admin=200 authority=200 *=403"),

            // --- public page, telemetry reads, decision data -----------------------------------
            get("/p/" + LEAF, "*=200"),
            get(B + LEAF + "/sox/latest", LEAF_RESTRICTED),
            get(B + LEAF + "/sox/series?points=10", LEAF_RESTRICTED),
            get(B + LEAF + "/sox/summary", LEAF_RESTRICTED),
            get("/api/v1/decision/parameters", "anonymous=401 *=200"),
            get("/api/v1/decision/parameters/%KEY%", "anonymous=401 *=200").with(AccessMatrixTests::parameter),
            put("/api/v1/decision/parameters/%KEY%", "{\"value\":%VALUE%,\"version\":%VERSION%}",
                    "anonymous=401 admin=200 *=403").with(AccessMatrixTests::parameter),
            get("/api/v1/decision/recovery-targets", "anonymous=401 *=200"),

            // --- bulk imports ----------------------------------------------------------------
            post("/api/v1/batteries/import?mode=ATOMIC", "%LINE%", "anonymous=401 oem1=200 oem2=200 *=403")
                    .as(NDJSON).with(AccessMatrixTests::passportLine),
            // oem2 may import SoX, but not for the Leaf: the atomic import refuses the line.
            post("/api/v1/sox/import?mode=atomic", """
                    {"battery":"%s","measuredAt":"%%NOW%%","soc":40}""".formatted(LEAF),
                    "anonymous=401 oem1=200 bms=200 oem2=422 *=403").as(NDJSON),

            // --- corrections and further records, on a pack of the matrix's own --------------
            put(B + "%PACK%", "%BODY%", "anonymous=401 oem1=200 *=403").with(AccessMatrixTests::passportCorrection),
            put(B + "%PACK%/events/%ID%", """
                    {"type":"SWELLING","severity":"LOW","occurredAt":"2026-01-02T00:00:00Z",
                     "version":%VERSION%}""", "anonymous=401 oem1=200 repairer=200 "
                    + "remanufacturer=200 recycler=200 *=403").with(AccessMatrixTests::event),
            put(B + "%PACK%/tests/%ID%", """
                    {"testType":"DIAGNOSTIC","testedOn":"2026-01-02","laboratory":"matrix lab",
                     "result":"PASS","version":%VERSION%}""",
                    "anonymous=401 oem1=200 repairer=200 remanufacturer=200 *=403")
                    .with(AccessMatrixTests::testReport),
            put(B + "%PACK%/service/%ID%", """
                    {"type":"INSPECTION","openedAt":"2026-01-02T00:00:00Z","description":"matrix",
                     "version":%VERSION%}""",
                    "anonymous=401 oem1=200 repairer=200 remanufacturer=200 *=403")
                    .with(AccessMatrixTests::workOrder),
            post(B + "%PACK%/logistics/shipments", SHIPMENT.replace("%VERSION%", "null"),
                    "anonymous=401 oem1=201 *=403").with(AccessMatrixTests::freshPack),
            put(B + "%PACK%/logistics/shipments/%ID%", SHIPMENT, "anonymous=401 oem1=200 *=403")
                    .with(AccessMatrixTests::shipment),
            post(B + "%PACK%/logistics/storage", """
                    {"location":"matrix hall","storedFrom":"2026-01-02T00:00:00Z","quarantine":true}""",
                    "anonymous=401 oem1=201 *=403").with(AccessMatrixTests::freshPack),
            post(B + "%PACK%/end-of-life", """
                    {"outcome":"REUSED","notes":"matrix"}""",
                    "anonymous=401 oem1=201 recycler=201 *=403").with(AccessMatrixTests::freshPack),
            post(B + "%PACK%/route", """
                    {"route":"WASTE","confirm":true,"reason":"matrix"}""",
                    "anonymous=401 oem1=200 remanufacturer=200 recycler=200 *=403")
                    .with(AccessMatrixTests::freshPack),

            // --- design corrections: the manufacturer only --------------------------------------
            post(B + "%PACK%/design/components", design("""
                    {"ref":"%REF%","kind":"BRACKET","name":"matrix bracket"}"""),
                    "anonymous=401 oem1=201 *=403").with(AccessMatrixTests::designPack),
            put(B + "%PACK%/design/components/lid", design("""
                    {"ref":"lid","kind":"LID","name":"lid","partNumber":"LID-%REF%"}"""),
                    "anonymous=401 oem1=200 *=403").with(AccessMatrixTests::designPack),
            post(B + "%PACK%/design/fasteners", design("""
                    {"ref":"%REF%","type":"SCREW","size":"M5","count":4}"""),
                    "anonymous=401 oem1=201 *=403").with(AccessMatrixTests::designPack),
            put(B + "%PACK%/design/fasteners/lid-bolts", design("""
                    {"ref":"lid-bolts","type":"BOLT","size":"M6","drive":"HEX","count":10,"torqueNm":8}"""),
                    "anonymous=401 oem1=200 *=403").with(AccessMatrixTests::designPack),
            post(B + "%PACK%/design/joints", design("""
                    {"ref":"%REF%","type":"CLIPPED","part":"bb-1","attachedTo":"tray"}"""),
                    "anonymous=401 oem1=201 *=403").with(AccessMatrixTests::designPack),
            put(B + "%PACK%/design/joints/j-bb", design("""
                    {"ref":"j-bb","type":"WELDED","part":"bb-1","attachedTo":"M1","notes":"%REF%"}"""),
                    "anonymous=401 oem1=200 *=403").with(AccessMatrixTests::designPack),
            post(B + "%PACK%/design/connectors", design("""
                    {"ref":"%REF%","type":"LV_SIGNAL","voltageClass":"LV","part":"jbox"}"""),
                    "anonymous=401 oem1=201 *=403").with(AccessMatrixTests::designPack),
            put(B + "%PACK%/design/connectors/hv-main", design("""
                    {"ref":"hv-main","type":"HV_MAIN","voltageClass":"HV","ratedVoltage":60,"part":"jbox",
                     "location":"%REF%"}"""),
                    "anonymous=401 oem1=200 *=403").with(AccessMatrixTests::designPack),

            // --- disassembly runs --------------------------------------------------------------
            get("/api/v1/disassembly-runs", "anonymous=401 *=200"),
            get("/api/v1/disassembly-runs?battery=" + LEAF, LEAF_RESTRICTED),
            get("/api/v1/disassembly-runs/hazards", "anonymous=401 *=200"),
            post("/api/v1/disassembly-runs", """
                    {"battery":"%PACK%","depth":"MODULE"}""", RUN_WRITERS.replace("200", "201"))
                    .with(AccessMatrixTests::freshPack),
            get("/api/v1/disassembly-runs/%RUN%", LEAF_RESTRICTED).with(AccessMatrixTests::run),
            get("/api/v1/disassembly-runs/%RUN%/plan", LEAF_RESTRICTED).with(AccessMatrixTests::run),
            post("/api/v1/disassembly-runs/%RUN%/lockout", "%LOCKOUT%", RUN_WRITERS)
                    .with(AccessMatrixTests::run),
            post("/api/v1/disassembly-runs/%RUN%/steps/1", """
                    {"version":%VERSION%,"result":"DONE","durationMinutes":2,"voltageVerified":true}""",
                    RUN_WRITERS).with(AccessMatrixTests::run),
            post("/api/v1/disassembly-runs/%RUN%/release", """
                    {"version":%VERSION%,"voltageVerified":true,"note":"matrix"}""", RUN_WRITERS)
                    .with(AccessMatrixTests::heldRun),
            post("/api/v1/disassembly-runs/%RUN%/complete", """
                    {"version":%VERSION%,"notes":"matrix"}""", RUN_WRITERS).with(AccessMatrixTests::run),

            // --- revocations -------------------------------------------------------------------
            delete("/api/v1/access/grants/%ID%", "anonymous=401 admin=204 oem1=204 *=403")
                    .with(AccessMatrixTests::grant),
            // A written authorisation is the grantor's own mandate: only the grantor withdraws it.
            delete("/api/v1/access/authorisations/%ID%", "anonymous=401 oem1=204 *=403")
                    .with(AccessMatrixTests::authorisation),
            delete("/api/v1/access/machine-clients/%NAME%/token", "anonymous=401 admin=204 *=403")
                    .with(AccessMatrixTests::machineClient));
    // spotless:on

    /**
     * Timestamps for bodies that need one: each request its own, all in the last hour, so that
     * readings never collide and matrix records sort after the demo's own history.
     */
    private static final Instant CLOCK_BASE =
            Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);

    private static final AtomicLong TICKS = new AtomicLong();
    private static final AtomicLong PACKS = new AtomicLong();

    @Autowired MockMvcTester mvc;

    @Autowired JdbcClient jdbc;

    @Autowired JsonMapper json;

    @Autowired PassportService passports;

    @Autowired AccessAdministration administration;

    @BeforeEach
    void demoAccounts(
            @Autowired Organisations organisations, @Autowired AccessAdministration admin) {
        DemoAccess.load(organisations, admin);
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("matrix")
    void answersEachCallerAsDeclared(String endpoint, String caller, int expected, Endpoint e) {
        Map<String, String> values = e.fixture() == null ? Map.of() : e.fixture().apply(this);
        long auditBefore = auditHead();

        int status = mvc.perform(request(e, caller, values)).getResponse().getStatus();

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

    @Test
    void everyApiEndpointHasALineInTheMatrix(
            @Autowired @Qualifier("requestMappingHandlerMapping")
                    RequestMappingHandlerMapping mappings) {
        Set<String> missing = new TreeSet<>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(
                        info -> {
                            Set<HttpMethod> methods = new java.util.HashSet<>();
                            info.getMethodsCondition()
                                    .getMethods()
                                    .forEach(m -> methods.add(HttpMethod.valueOf(m.name())));
                            if (methods.isEmpty()) {
                                methods.add(HttpMethod.GET);
                            }
                            for (PathPattern pattern :
                                    info.getPathPatternsCondition().getPatterns()) {
                                String text = pattern.getPatternString();
                                if (!text.startsWith("/api/") && !text.startsWith("/p/")) {
                                    continue;
                                }
                                for (HttpMethod method : methods) {
                                    boolean covered =
                                            ENDPOINTS.stream()
                                                    .anyMatch(
                                                            e ->
                                                                    e.method().equals(method.name())
                                                                            && pattern.matches(
                                                                                    PathContainer
                                                                                            .parsePath(
                                                                                                    e
                                                                                                            .path())));
                                    if (!covered) {
                                        missing.add(method + " " + text);
                                    }
                                }
                            }
                        });

        assertThat(missing).as("endpoints without a line in the access matrix").isEmpty();
    }

    private MockHttpServletRequestBuilder request(
            Endpoint e, String caller, Map<String, String> values) {
        MockHttpServletRequestBuilder request =
                MockMvcRequestBuilders.request(
                        HttpMethod.valueOf(e.method()), fill(e.uri(), values));
        if (e.body() != null) {
            request.contentType(e.contentType())
                    .content(
                            fill(e.body(), values)
                                    .replace(
                                            "%NOW%",
                                            CLOCK_BASE
                                                    .plusSeconds(TICKS.incrementAndGet())
                                                    .toString()));
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

    private static String fill(String text, Map<String, String> values) {
        String filled = text;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("%" + value.getKey() + "%", value.getValue());
        }
        return filled;
    }

    // --- fixtures ------------------------------------------------------------------------------

    /**
     * A new pack of oem1 with a dismantling grant for the repairer, remanufacturer and recycler.
     */
    Map<String, String> freshPack() {
        String id = "MATRIX-" + PACKS.incrementAndGet();
        passports.registerFor("oem1", TestPassports.small(id, "Matrix pack " + id));
        Instant inAYear = Instant.now().plus(Duration.ofDays(365));
        for (String org : List.of("repairer", "remanufacturer", "recycler")) {
            administration.grantLegitimateInterest(
                    org, AccessAdministration.Purpose.DISMANTLING, List.of(id), null, inAYear);
        }
        return Map.of("PACK", id);
    }

    /** A fresh pack and its passport version, with a ref no part of it has yet. */
    Map<String, String> designPack() {
        Map<String, String> values = new LinkedHashMap<>(freshPack());
        values.put("VERSION", String.valueOf(passports.passport(values.get("PACK")).version()));
        values.put("REF", "matrix-" + TICKS.incrementAndGet());
        return values;
    }

    /** The whole correction body of a fresh pack, as its passport reads now. */
    Map<String, String> passportCorrection() {
        String pack = freshPack().get("PACK");
        JsonNode passport = json.valueToTree(passports.passport(pack));
        ObjectNode body = json.createObjectNode();
        for (String field : CORRECTED) {
            body.set(field, passport.get(field));
        }
        return Map.of("PACK", pack, "BODY", body.toString());
    }

    private static final List<String> CORRECTED =
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
                    "labels",
                    "version");

    Map<String, String> event() {
        return created("/events", EVENT);
    }

    Map<String, String> testReport() {
        return created("/tests", DIAGNOSTIC);
    }

    Map<String, String> workOrder() {
        return created("/service", WORK_ORDER.replace("%NOW%", "2026-01-01T00:00:00Z"));
    }

    Map<String, String> shipment() {
        return created("/logistics/shipments", SHIPMENT.replace("%VERSION%", "null"));
    }

    /** A record created by the owner on a fresh pack: its pack, id and version. */
    private Map<String, String> created(String path, String body) {
        String pack = freshPack().get("PACK");
        JsonNode record = postAs("oem1", B + pack + path, body);
        return Map.of(
                "PACK",
                pack,
                "ID",
                record.get("id").asString(),
                "VERSION",
                String.valueOf(record.path("version").asInt(0)));
    }

    /** A run started by the owner on a fresh pack, with the body that confirms its lock-out. */
    Map<String, String> run() {
        String pack = freshPack().get("PACK");
        String start = json.writeValueAsString(Map.of("battery", pack, "depth", "MODULE"));
        return runValues(postAs("oem1", "/api/v1/disassembly-runs", start));
    }

    /** A run held after the first step saw smoke. */
    Map<String, String> heldRun() {
        Map<String, String> run = run();
        String smoke =
                json.writeValueAsString(
                        Map.of(
                                "version",
                                Integer.parseInt(run.get("VERSION")),
                                "result",
                                "DONE",
                                "durationMinutes",
                                2,
                                "voltageVerified",
                                true,
                                "hazards",
                                List.of("SMOKE")));
        JsonNode held =
                postAs("oem1", "/api/v1/disassembly-runs/" + run.get("RUN") + "/steps/1", smoke);
        assertThat(held.get("state").asString()).isEqualTo("ON_HOLD");
        return runValues(held);
    }

    private Map<String, String> runValues(JsonNode run) {
        List<Map<String, Object>> items = new ArrayList<>();
        run.path("lockout")
                .path("items")
                .forEach(
                        item ->
                                items.add(
                                        Map.of(
                                                "key",
                                                item.path("key").asString(),
                                                "confirmed",
                                                true)));
        int version = run.get("version").asInt();
        return Map.of(
                "RUN",
                run.get("id").asString(),
                "VERSION",
                String.valueOf(version),
                "LOCKOUT",
                json.writeValueAsString(Map.of("version", version, "items", items)));
    }

    /**
     * A decision parameter and its current value, so that changing it to itself changes nothing.
     */
    Map<String, String> parameter() {
        JsonNode first =
                read(mvc.perform(
                                MockMvcRequestBuilders.get("/api/v1/decision/parameters")
                                        .with(httpBasic("admin", DemoAccess.PASSWORD))))
                        .get(0);
        return Map.of(
                "KEY",
                first.get("key").asString(),
                "VALUE",
                first.get("value").asString(),
                "VERSION",
                String.valueOf(first.path("version").asInt(0)));
    }

    /** One passport as a line of JSON, under an identifier of its own. */
    Map<String, String> passportLine() {
        String id = "MATRIX-IMPORT-" + PACKS.incrementAndGet();
        return Map.of("LINE", json.writeValueAsString(TestPassports.small(id)));
    }

    Map<String, String> grant() {
        JsonNode grant =
                postAs(
                        "oem1",
                        "/api/v1/access/grants",
                        """
                {"organisation":"test-grantee","purpose":"RECYCLING","manufacturer":"oem1",
                 "expiresAt":"2099-01-01T00:00:00Z"}""");
        return Map.of("ID", grant.get("id").asString());
    }

    Map<String, String> authorisation() {
        JsonNode authorisation =
                postAs(
                        "oem1",
                        "/api/v1/access/authorisations",
                        """
                {"operator":"test-grantee","documentReference":"matrix revocation"}""");
        return Map.of("ID", authorisation.get("id").asString());
    }

    Map<String, String> machineClient() {
        String name = "gateway-matrix-" + PACKS.incrementAndGet();
        postAs(
                "admin",
                "/api/v1/access/machine-clients",
                json.writeValueAsString(
                        Map.of(
                                "name",
                                name,
                                "organisation",
                                "oem1",
                                "batteryIdentifiers",
                                List.of(LEAF))));
        return Map.of("NAME", name);
    }

    private JsonNode postAs(String user, String uri, String body) {
        return read(
                mvc.perform(
                        MockMvcRequestBuilders.post(uri)
                                .with(httpBasic(user, DemoAccess.PASSWORD))
                                .contentType("application/json")
                                .content(body)));
    }

    /** The answer of a fixture's request, which must have succeeded. */
    private JsonNode read(MvcTestResult result) {
        try {
            MockHttpServletResponse response = result.getResponse();
            assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(200, 299);
            return json.readTree(response.getContentAsString());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- the matrix's lines --------------------------------------------------------------------

    /** A design change: the passport version of the fixture's pack and the part. */
    private static String design(String part) {
        return "{\"version\":%VERSION%,\"part\":" + part + "}";
    }

    record Endpoint(
            String method,
            String uri,
            String body,
            Map<String, Integer> statuses,
            String contentType,
            Function<AccessMatrixTests, Map<String, String>> fixture) {

        Endpoint(String method, String uri, String body, Map<String, Integer> statuses) {
            this(method, uri, body, statuses, "application/json", null);
        }

        Endpoint with(Function<AccessMatrixTests, Map<String, String>> made) {
            return new Endpoint(method, uri, body, statuses, contentType, made);
        }

        Endpoint as(String type) {
            return new Endpoint(method, uri, body, statuses, type, fixture);
        }

        /** The path, placeholders standing for one segment each, as the route table sees it. */
        String path() {
            String path = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
            return path.replaceAll("%[A-Z]+%", "x");
        }

        int expected(String caller) {
            Integer status = statuses.getOrDefault(caller, statuses.get("*"));
            if (status == null) {
                throw new IllegalStateException(
                        method + " " + uri + " names no status for " + caller);
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

    static Endpoint delete(String uri, String statuses) {
        return new Endpoint("DELETE", uri, null, parse(statuses));
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
