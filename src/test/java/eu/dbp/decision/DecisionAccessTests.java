package eu.dbp.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import eu.dbp.IntegrationTest;
import eu.dbp.access.DemoAccess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Decision parameters are changed by administrators only; the feature export is restricted. */
@IntegrationTest
class DecisionAccessTests {

    @Autowired MockMvcTester mvc;

    @Test
    void refusesParameterChangesToAnyoneButAnAdministrator() {
        for (String user : new String[] {"oem1", "recycler", "authority"}) {
            assertThat(
                            mvc.put()
                                    .uri("/api/v1/decision/parameters/price.co")
                                    .with(httpBasic(user, DemoAccess.PASSWORD))
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"value\": 1}"))
                    .as(user)
                    .hasStatus(403);
        }
        assertThat(
                        mvc.get()
                                .uri("/api/v1/decision/parameters/price.co")
                                .with(httpBasic("recycler", DemoAccess.PASSWORD)))
                .hasStatusOk();
    }

    @Test
    void exportsFeaturesToAdministratorsAndAuthoritiesOnly() {
        assertThat(
                        mvc.get()
                                .uri("/api/v1/exports/features?format=json")
                                .with(httpBasic("oem1", DemoAccess.PASSWORD)))
                .hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/exports/features?format=json")).hasStatus(401);
        assertThat(
                        mvc.get()
                                .uri("/api/v1/exports/features?format=json")
                                .with(httpBasic("authority", DemoAccess.PASSWORD)))
                .hasStatusOk();
    }
}
