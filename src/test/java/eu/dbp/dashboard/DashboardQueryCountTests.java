package eu.dbp.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import eu.dbp.IntegrationTest;

/**
 * Pages load their data with a bounded number of statements: the passport view and the
 * procedure of a pack with 7 104 cells in 16 modules cost no more than those of a pack with 40
 * cells in one module, because each section is one read, not one per module or cell.
 */
@IntegrationTest
class DashboardQueryCountTests {

    static final String TESLA = "DEMO-TESLA-S85-0001";
    static final String EBIKE = "DEMO-EBIKE-500-0001";

    @Autowired
    MockMvc mvc;

    @Test
    void passportViewCostsTheSameStatementsForLargeAndSmallPacks() throws Exception {
        int large = statements("/batteries/" + TESLA);
        int small = statements("/batteries/" + EBIKE);

        System.out.printf("passport view: %d statements (16 modules), %d (1 module)%n", large,
                small);
        assertThat(large).isLessThanOrEqualTo(small + 2).isLessThan(60);
    }

    @Test
    void procedureCostsTheSameStatementsForLargeAndSmallPacks() throws Exception {
        int large = statements("/batteries/" + TESLA + "/procedure");
        int small = statements("/batteries/" + EBIKE + "/procedure");

        System.out.printf("procedure: %d statements (16 modules), %d (1 module)%n", large, small);
        assertThat(large).isLessThanOrEqualTo(small + 2).isLessThan(60);
    }

    @Test
    void batteryListCostsTheSameStatementsForOneRowAndAFullPage() throws Exception {
        int many = statements("/batteries");
        int one = statements("/batteries?q=DEMO-LEAF-24");
        int byRisk = statements("/batteries?risk=HIGH");

        System.out.printf("battery list: %d statements (full page), %d (one row), %d (risk filter)%n", many,
                one, byRisk);
        assertThat(many).isLessThanOrEqualTo(one + 2);
        assertThat(byRisk).isLessThanOrEqualTo(one + 2);
    }

    @Test
    void overviewAndDecisionStayBounded() throws Exception {
        int overview = statements("/overview");
        int decision = statements("/batteries/" + TESLA + "/decision");

        System.out.printf("overview: %d statements, decision: %d%n", overview, decision);
        assertThat(overview).isLessThan(40);
        assertThat(decision).isLessThan(60);
    }

    private int statements(String path) throws Exception {
        RequestPostProcessor recycler = SecurityMockMvcRequestPostProcessors.httpBasic("recycler",
                "demo");
        mvc.perform(get(path).with(recycler)).andExpect(status().isOk());
        return StatementCounter.count(() -> mvc.perform(get(path).with(recycler))
                .andExpect(status().isOk()));
    }
}
