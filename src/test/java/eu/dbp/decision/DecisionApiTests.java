package eu.dbp.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import eu.dbp.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
@WithUserDetails("admin")
class DecisionApiTests {

    @Autowired MockMvcTester mvc;

    @Autowired JdbcClient jdbc;

    @Test
    void listsThresholdsAndPricesWithTheirSources() {
        MvcTestResult result = mvc.get().uri("/api/v1/decision/parameters").exchange();

        assertThat(result).hasStatusOk();
        assertThat(result)
                .bodyJson()
                .extractingPath("$[?(@.key == 'soh.repurpose.upper')].source")
                .asArray()
                .singleElement()
                .asString()
                .contains("Arthur D. Little 2024");
        assertThat(result)
                .bodyJson()
                .extractingPath("$[?(@.key == 'price.ni')].currency")
                .asArray()
                .containsExactly("USD");
    }

    @Test
    void refusesAThresholdOutsideItsRangeAndKeepsTheOldValue() {
        MvcTestResult result =
                mvc.put()
                        .uri("/api/v1/decision/parameters/soh.repurpose.lower")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\": 600}")
                        .exchange();

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("value");
        assertThat(mvc.get().uri("/api/v1/decision/parameters/soh.repurpose.lower"))
                .bodyJson()
                .extractingPath("$.value")
                .asNumber()
                .satisfies(v -> assertThat(v.doubleValue()).isEqualTo(60.0));
    }

    @Test
    void refusesANegativePriceAndAnUnknownKey() {
        assertThat(
                        mvc.put()
                                .uri("/api/v1/decision/parameters/price.co")
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"value\": -1}"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(
                        mvc.put()
                                .uri("/api/v1/decision/parameters/no.such.key")
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"value\": 1}"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(
                        mvc.put()
                                .uri("/api/v1/decision/parameters/price.co")
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{}"))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void changesAPriceWithoutARebuildAndRefusesAStaleVersion() {
        int version =
                jdbc.sql("select version from material_price where element = 'AL'")
                        .query(Integer.class)
                        .single();

        MvcTestResult changed =
                mvc.put()
                        .uri("/api/v1/decision/parameters/price.al")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"value\": 2.75, \"currency\": \"EUR\", \"quotedOn\": \"2026-01-15\","
                                        + " \"source\": \"test quote\", \"version\": "
                                        + version
                                        + "}")
                        .exchange();
        MvcTestResult stale =
                mvc.put()
                        .uri("/api/v1/decision/parameters/price.al")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\": 3.00, \"version\": " + version + "}")
                        .exchange();

        assertThat(changed).hasStatusOk();
        assertThat(changed).bodyJson().extractingPath("$.currency").isEqualTo("EUR");
        assertThat(changed).bodyJson().extractingPath("$.source").isEqualTo("test quote");
        assertThat(stale).hasStatus(HttpStatus.CONFLICT);
        assertThat(mvc.get().uri("/api/v1/decision/parameters/price.al"))
                .bodyJson()
                .extractingPath("$.value")
                .asNumber()
                .satisfies(v -> assertThat(v.doubleValue()).isEqualTo(2.75));
    }

    @Test
    void exportsFeaturesAsCsvWithAHeaderRow() throws Exception {
        DecisionTestBatteries.create(jdbc, "DEC-EXPORT-CSV");

        MvcTestResult result = mvc.get().uri("/api/v1/exports/features?format=csv").exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).hasContentTypeCompatibleWith("text/csv");
        String[] lines = result.getResponse().getContentAsString().split("\r\n");
        assertThat(lines[0])
                .startsWith("identifier,model,category,chemistry,status")
                .contains(
                        ",soh_pct,capacity_fade_pct,",
                        ",ev_thermal_runaway,",
                        ",route_applied,",
                        ",recovered_li_kg");
        assertThat(lines)
                .anyMatch(line -> line.startsWith("DEC-EXPORT-CSV,Decision test pack,EV,NMC712,"));
    }

    @Test
    void exportsFeaturesAsJsonByContentNegotiation() {
        DecisionTestBatteries.create(jdbc, "DEC-EXPORT-JSON");
        jdbc.sql(
                        """
                insert into battery_event (battery_id, type, severity, occurred_at, reported_by_org_id)
                select b.id, 'SWELLING', 'HIGH', now() - interval '1 day', b.manufacturer_org_id
                from battery b where b.identifier = 'DEC-EXPORT-JSON'""")
                .update();

        MvcTestResult result =
                mvc.get()
                        .uri("/api/v1/exports/features")
                        .accept(MediaType.APPLICATION_JSON)
                        .exchange();

        assertThat(result).hasStatusOk();
        assertThat(result)
                .bodyJson()
                .extractingPath("$[?(@.identifier == 'DEC-EXPORT-JSON')].ev_swelling")
                .asArray()
                .containsExactly(1);
        assertThat(result)
                .bodyJson()
                .extractingPath("$[?(@.identifier == 'DEC-EXPORT-JSON')].ev_max_severity")
                .asArray()
                .containsExactly(3);
    }

    @Test
    void refusesAnUnknownExportFormat() {
        assertThat(mvc.get().uri("/api/v1/exports/features?format=xlsx"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
    }
}
