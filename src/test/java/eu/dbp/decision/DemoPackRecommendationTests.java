package eu.dbp.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.dbp.IntegrationTest;
import eu.dbp.decision.Recommendation.Option;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class DemoPackRecommendationTests {

    @Autowired DecisionService decisions;

    @Test
    void ranksEveryRouteForTheMebPackWithYieldsFromTheSeededMaterialTable() {
        Recommendation recommendation = decisions.recommend("DEMO-MEB-82-0001");

        assertThat(recommendation.routes())
                .extracting(Option::route)
                .containsExactlyInAnyOrder(Route.values());
        assertThat(recommendation.routes()).extracting(Option::rank).containsExactly(1, 2, 3, 4, 5);
        assertThat(recommendation.best().eligible()).isTrue();
        assertThat(recommendation.option(Route.DIRECT_RECYCLING).yield().materials())
                .filteredOn(m -> m.element() == Element.NI)
                .singleElement()
                .satisfies(
                        m ->
                                assertThat(m.containedKg())
                                        .isCloseTo(
                                                recommendation.ratedEnergyKwh() * 0.62,
                                                within(0.001)));
        assertThat(recommendation.recycling().targets()).isNotEmpty();
    }
}
