package eu.dbp.passport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import eu.dbp.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class PassportImportTests {

    @Autowired MockMvcTester mvc;

    @Autowired JsonMapper json;

    @Autowired JdbcClient jdbc;

    @Test
    void importsEveryLineOfAGoodBatch() {
        String body =
                line("IMPORT-GOOD-1")
                        + "\n"
                        + line("IMPORT-GOOD-2")
                        + "\n\n"
                        + line("IMPORT-GOOD-3")
                        + "\n";

        MvcTestResult result = importLines(body, "ATOMIC");

        assertThat(result).hasStatusOk();
        assertThat(read(result).get("imported").asInt()).isEqualTo(3);
        assertThat(count("IMPORT-GOOD-%")).isEqualTo(3);
    }

    @Test
    void anAtomicBatchWithOneBadLineWritesNothingAndNamesEveryBadLine() {
        String bad = line("IMPORT-ATOMIC-2").replace("\"batteryMass\":25", "\"batteryMass\":-25");
        String body =
                String.join(
                        "\n", line("IMPORT-ATOMIC-1"), bad, "{not json", line("IMPORT-ATOMIC-4"));

        MvcTestResult result = importLines(body, "ATOMIC");

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        JsonNode report = read(result);
        assertThat(report.get("imported").asInt()).isZero();
        assertThat(report.get("rejected"))
                .extracting(r -> r.get("line").asInt())
                .containsExactly(2, 3);
        assertThat(report.get("rejected").get(0).get("errors").get(0).get("field").asString())
                .isEqualTo("batteryMass");
        assertThat(count("IMPORT-ATOMIC-%")).isZero();
    }

    @Test
    void aReportBatchKeepsTheGoodLinesAndReportsTheBadOnes() {
        String bad =
                line("IMPORT-REPORT-2")
                        .replace("\"batteryCategory\":\"INDUSTRIAL\"", "\"batteryCategory\":\"X\"");
        String body = String.join("\n", line("IMPORT-REPORT-1"), bad, line("IMPORT-REPORT-3"));

        MvcTestResult result = importLines(body, "REPORT");

        assertThat(result).hasStatus(HttpStatus.MULTI_STATUS);
        JsonNode report = read(result);
        assertThat(report.get("imported").asInt()).isEqualTo(2);
        assertThat(report.get("rejected"))
                .extracting(r -> r.get("line").asInt())
                .containsExactly(2);
        assertThat(count("IMPORT-REPORT-%")).isEqualTo(2);
    }

    @Test
    void aDuplicateInsideAReportBatchIsReportedNotFatal() {
        String body = String.join("\n", line("IMPORT-DUP-1"), line("IMPORT-DUP-1"));

        JsonNode report = read(importLines(body, "REPORT"));

        assertThat(report.get("imported").asInt()).isEqualTo(1);
        assertThat(report.get("rejected").get(0).get("line").asInt()).isEqualTo(2);
    }

    private String line(String id) {
        return json.writeValueAsString(TestPassports.small(id));
    }

    private MvcTestResult importLines(String body, String mode) {
        return mvc.post()
                .uri("/api/v1/batteries/import?mode=" + mode)
                .with(httpBasic("oem1", "demo"))
                .contentType("application/x-ndjson")
                .content(body)
                .exchange();
    }

    private JsonNode read(MvcTestResult result) {
        try {
            return json.readTree(result.getResponse().getContentAsString());
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String pattern) {
        return jdbc.sql("select count(*) from battery where identifier like :p")
                .param("p", pattern)
                .query(Long.class)
                .single();
    }
}
