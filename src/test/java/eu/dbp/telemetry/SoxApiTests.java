package eu.dbp.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import eu.dbp.IntegrationTest;
import eu.dbp.access.AccessAdministration;
import eu.dbp.access.DemoAccess;
import eu.dbp.platform.Organisations;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class SoxApiTests {

    private static final Instant T0 = Instant.parse("2025-04-01T00:00:00Z");
    private static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    private static final RequestPostProcessor OEM1 = httpBasic("oem1", DemoAccess.PASSWORD);

    @Autowired MockMvcTester mvc;

    @BeforeEach
    void demoAccounts(
            @Autowired Organisations organisations, @Autowired AccessAdministration admin) {
        DemoAccess.load(organisations, admin);
    }

    @Autowired JdbcClient jdbc;

    @Test
    void appendsReadingsAndReadsThemBack() {
        TestBatteries.create(jdbc, "TELE-API-RW");
        String body =
                """
                [{"measuredAt": "2025-04-01T00:10:00Z", "soh": 91.5, "temperatureC": 31},
                 {"measuredAt": "2025-04-01T00:00:00Z", "soh": 91.6, "temperatureC": 30,
                  "source": "DIAGNOSTIC"}]
                """;

        assertThat(
                        mvc.post()
                                .uri("/api/v1/batteries/TELE-API-RW/sox")
                                .with(OEM1)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body))
                .hasStatus(201)
                .bodyJson()
                .extractingPath("$.written")
                .isEqualTo(2);
        assertThat(
                        mvc.get()
                                .uri(
                                        "/api/v1/batteries/TELE-API-RW/sox?from=2025-04-01T00:00:00Z&limit=10")
                                .with(OEM1))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].soh")
                .asArray()
                .containsExactly(91.6, 91.5);
        assertThat(mvc.get().uri("/api/v1/batteries/TELE-API-RW/sox/latest").with(OEM1))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.temperatureC")
                .isEqualTo(31.0);
        assertThat(mvc.get().uri("/api/v1/batteries/TELE-API-RW/sox/series?points=1").with(OEM1))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.points[0].soh.max")
                .isEqualTo(91.6);
    }

    @Test
    void refusesAnOutOfRangeReadingNamingTheField() {
        TestBatteries.create(jdbc, "TELE-API-BAD");
        String body =
                """
                [{"measuredAt": "2025-04-01T00:00:00Z", "soc": 50},
                 {"measuredAt": "2025-04-01T00:01:00Z", "soh": 101}]
                """;

        assertThat(
                        mvc.post()
                                .uri("/api/v1/batteries/TELE-API-BAD/sox")
                                .with(OEM1)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body))
                .hasStatus(422)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactly("[1].soh");
        assertThat(mvc.get().uri("/api/v1/batteries/TELE-API-BAD/sox").with(OEM1))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$")
                .asArray()
                .isEmpty();
    }

    @Test
    void answersAMalformedInstantWith400NamingTheParameter() {
        TestBatteries.create(jdbc, "TELE-API-PARAM");

        assertThat(mvc.get().uri("/api/v1/batteries/TELE-API-PARAM/sox?from=yesterday").with(OEM1))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("from");
        assertThat(mvc.get().uri("/api/v1/batteries/TELE-API-PARAM/sox?limit=0").with(OEM1))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("limit");
        assertThat(
                        mvc.get()
                                .uri("/api/v1/batteries/TELE-API-PARAM/sox/series?points=abc")
                                .with(OEM1))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("points");
    }

    @Test
    void answersAnUnknownImportModeWith400NamingTheParameter() {
        assertThat(
                        mvc.post()
                                .uri("/api/v1/sox/import?mode=fast")
                                .with(OEM1)
                                .contentType(NDJSON)
                                .content("{}"))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("mode");
    }

    @Test
    void importRefusesLinesOfBatteriesTheCallerMayNotWrite() {
        TestBatteries.create(jdbc, "TELE-API-FOREIGN");
        String body = TelemetryServiceTests.line("TELE-API-FOREIGN", T0, "\"soc\": 40");

        assertThat(
                        mvc.post()
                                .uri("/api/v1/sox/import?mode=report")
                                .with(httpBasic("oem2", DemoAccess.PASSWORD))
                                .contentType(NDJSON)
                                .content(body))
                .hasStatusOk()
                .bodyJson()
                .satisfies(
                        json -> {
                            assertThat(json).extractingPath("$.written").isEqualTo(0);
                            assertThat(json)
                                    .extractingPath("$.errors[0].rule")
                                    .isEqualTo("write permission");
                        });
    }

    @Test
    void answersAnUnknownBatteryWith404() {
        assertThat(mvc.get().uri("/api/v1/batteries/TELE-API-NONE/sox/latest").with(OEM1))
                .hasStatus(404);
    }

    @Test
    void atomicImportNamesEveryBadLineAndWritesNothing() {
        TestBatteries.create(jdbc, "TELE-API-IMPORT");
        String body =
                String.join(
                        "\n",
                        TelemetryServiceTests.line("TELE-API-IMPORT", T0, "\"soc\": 40"),
                        TelemetryServiceTests.line(
                                "TELE-API-IMPORT", T0.plusSeconds(60), "\"voltageV\": 1600"));

        assertThat(
                        mvc.post()
                                .uri("/api/v1/sox/import?mode=atomic")
                                .with(OEM1)
                                .contentType(NDJSON)
                                .content(body))
                .hasStatus(422)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactly("lines[2].voltageV");
        assertThat(mvc.get().uri("/api/v1/batteries/TELE-API-IMPORT/sox").with(OEM1))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$")
                .asArray()
                .isEmpty();
    }

    @Test
    void reportImportWritesGoodLinesAndReportsTheRest() {
        TestBatteries.create(jdbc, "TELE-API-REPORT");
        String body =
                String.join(
                        "\n",
                        TelemetryServiceTests.line("TELE-API-REPORT", T0, "\"soc\": 40"),
                        TelemetryServiceTests.line(
                                "TELE-API-REPORT", T0.plusSeconds(60), "\"dod\": -1"),
                        TelemetryServiceTests.line(
                                "TELE-API-REPORT", T0.plusSeconds(120), "\"soc\": 38"));

        assertThat(
                        mvc.post()
                                .uri("/api/v1/sox/import?mode=report")
                                .with(OEM1)
                                .contentType(NDJSON)
                                .content(body))
                .hasStatusOk()
                .bodyJson()
                .satisfies(
                        json -> {
                            assertThat(json).extractingPath("$.written").isEqualTo(2);
                            assertThat(json).extractingPath("$.errors[0].line").isEqualTo(2);
                            assertThat(json).extractingPath("$.errors[0].field").isEqualTo("dod");
                        });
        assertThat(mvc.get().uri("/api/v1/batteries/TELE-API-REPORT/sox").with(OEM1))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].soc")
                .asArray()
                .containsExactly(40.0, 38.0);
    }
}
