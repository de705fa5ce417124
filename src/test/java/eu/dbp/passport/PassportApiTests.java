package eu.dbp.passport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import eu.dbp.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class PassportApiTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void listsTheDemoPacks() throws Exception {
        var result = mvc.get().uri("/api/v1/batteries").with(httpBasic("admin", "demo")).exchange();
        System.out.println(result.getResponse().getContentAsString());
        assertThat(result).hasStatusOk();
    }
}
