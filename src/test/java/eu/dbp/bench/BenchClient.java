package eu.dbp.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import eu.dbp.access.DemoAccess;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Drives the run API as one demo user, the way a bench terminal would. */
final class BenchClient {

    private static final Set<String> ISOLATING = Set.of("ISOLATION", "QUARANTINE");

    private final MockMvcTester mvc;
    private final JsonMapper json;
    private final String user;

    BenchClient(MockMvcTester mvc, JsonMapper json, String user) {
        this.mvc = mvc;
        this.json = json;
        this.user = user;
    }

    MvcTestResult post(String uri, Object body) {
        return mvc.post()
                .uri(uri)
                .with(httpBasic(user, DemoAccess.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body))
                .exchange();
    }

    MvcTestResult get(String uri) {
        return mvc.get().uri(uri).with(httpBasic(user, DemoAccess.PASSWORD)).exchange();
    }

    JsonNode body(MvcTestResult result) {
        try {
            return json.readTree(result.getResponse().getContentAsString());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode ok(MvcTestResult result) {
        assertThat(result).as(() -> body(result).toString()).hasStatus2xxSuccessful();
        return body(result);
    }

    JsonNode start(String battery, String depth, String route) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("battery", battery);
        body.put("depth", depth);
        body.put("route", route);
        MvcTestResult result = post("/api/v1/disassembly-runs", body);
        assertThat(result).hasStatus(201);
        return body(result);
    }

    JsonNode read(JsonNode run) {
        return ok(get("/api/v1/disassembly-runs/" + run.path("id").asString()));
    }

    MvcTestResult confirmLockout(JsonNode run) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (JsonNode item : run.path("lockout").path("items")) {
            items.add(Map.of("key", item.path("key").asString(), "confirmed", true));
        }
        return post(
                uri(run, "/lockout"),
                Map.of("version", run.path("version").asInt(), "items", items));
    }

    /** A DONE attempt taking {@code minutes}, with voltage verified where the step needs it. */
    MvcTestResult done(JsonNode run, JsonNode step, double minutes, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", run.path("version").asInt());
        body.put("result", "DONE");
        body.put("durationMinutes", minutes);
        if (step.path("verifyVoltageAfter").asBoolean()) {
            body.put("voltageVerified", true);
        }
        body.putAll(extra);
        return post(uri(run, "/steps/" + step.path("number").asInt()), body);
    }

    MvcTestResult attempt(JsonNode run, int stepNo, Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", run.path("version").asInt());
        body.putAll(fields);
        return post(uri(run, "/steps/" + stepNo), body);
    }

    MvcTestResult complete(JsonNode run, Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", run.path("version").asInt());
        body.putAll(fields);
        return post(uri(run, "/complete"), body);
    }

    /**
     * Records every pending step in plan order, DONE in the planned P50 times {@code factor},
     * confirming the lock-out as soon as the isolation steps are done; stops before the step whose
     * key starts with {@code stopAt}, if given. Returns the run as it then stands.
     */
    JsonNode work(JsonNode run, double factor, String stopAt) {
        for (JsonNode step : run.path("steps")) {
            if (stopAt != null && step.path("key").asString().startsWith(stopAt)) {
                return run;
            }
            if (!ISOLATING.contains(step.path("kind").asString())
                    && !run.path("lockout").path("confirmed").asBoolean()) {
                run = ok(confirmLockout(run));
            }
            double minutes = Math.max(step.path("plannedP50Min").asDouble(1), 0.5) * factor;
            run = ok(done(run, step, minutes, Map.of()));
        }
        return run;
    }

    static JsonNode step(JsonNode run, int number) {
        for (JsonNode step : run.path("steps")) {
            if (step.path("number").asInt() == number) {
                return step;
            }
        }
        throw new IllegalArgumentException("no step " + number);
    }

    static JsonNode stepStartingWith(JsonNode run, String prefix) {
        for (JsonNode step : run.path("steps")) {
            if (step.path("key").asString().startsWith(prefix)) {
                return step;
            }
        }
        throw new IllegalArgumentException("no step " + prefix + "*");
    }

    static boolean needsLockout(JsonNode step) {
        return (step.path("highVoltage").asBoolean() || step.path("destructive").asBoolean())
                && !ISOLATING.contains(step.path("kind").asString());
    }

    private static String uri(JsonNode run, String suffix) {
        return "/api/v1/disassembly-runs/" + run.path("id").asString() + suffix;
    }
}
