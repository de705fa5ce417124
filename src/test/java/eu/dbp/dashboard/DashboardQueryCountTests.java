package eu.dbp.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.dbp.IntegrationTest;
import eu.dbp.access.AccessAdministration;
import eu.dbp.learning.LearningService;
import eu.dbp.learning.StepOutcome;
import eu.dbp.passport.PassportService;
import eu.dbp.passport.TestPassports;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Pages load their data with a bounded number of statements: the passport view and the procedure of
 * a pack with 7 104 cells in 16 modules cost no more than those of a pack with 40 cells in one
 * module, because each section is one read, not one per module or cell.
 */
@IntegrationTest
class DashboardQueryCountTests {

    static final String TESLA = "DEMO-TESLA-S85-0001";
    static final String EBIKE = "DEMO-EBIKE-500-0001";

    @Autowired MockMvc mvc;

    @Autowired PassportService passports;

    @Autowired LearningService learning;

    @Autowired AccessAdministration administration;

    @Test
    void passportViewCostsTheSameStatementsForLargeAndSmallPacks() throws Exception {
        int large = statements("/batteries/" + TESLA);
        int small = statements("/batteries/" + EBIKE);

        System.out.printf(
                "passport view: %d statements (16 modules), %d (1 module)%n", large, small);
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

        System.out.printf(
                "battery list: %d statements (full page), %d (one row), %d (risk filter)%n",
                many, one, byRisk);
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

    @Test
    void overviewCostsTheSameStatementsHoweverManyPackModelsHaveRecordedTimes() throws Exception {
        int before = statements("/overview");
        List<String> packs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = "OVERVIEW-MODEL-" + UUID.randomUUID().toString().substring(0, 8);
            passports.registerFor("oem1", TestPassports.small(id, "Overview model " + id));
            learning.recordStepOutcome(
                    new StepOutcome(
                            "Overview model " + id,
                            "lid.remove",
                            null,
                            4.0,
                            true,
                            0,
                            0,
                            0,
                            0,
                            3.0,
                            id,
                            "overview-test"));
            packs.add(id);
        }
        administration.grantLegitimateInterest(
                "recycler",
                AccessAdministration.Purpose.DISMANTLING,
                packs,
                null,
                Instant.now().plus(Duration.ofDays(1)));

        int after = statements("/overview");

        assertThat(after).isEqualTo(before);
    }

    private int statements(String path) throws Exception {
        RequestPostProcessor recycler =
                SecurityMockMvcRequestPostProcessors.httpBasic("recycler", "demo");
        mvc.perform(get(path).with(recycler)).andExpect(status().isOk());
        return StatementCounter.count(
                () -> mvc.perform(get(path).with(recycler)).andExpect(status().isOk()));
    }
}
