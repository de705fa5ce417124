package eu.dbp.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TierFilterTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, TierMap.Scope> scopes =
            TierMap.index(
                    List.of(
                            row("id", Tier.PUBLIC),
                            row("design", Tier.LEGITIMATE_INTEREST),
                            row("documents", Tier.LEGITIMATE_INTEREST),
                            row("documents[documentType=DECLARATION_OF_CONFORMITY]", Tier.PUBLIC),
                            row("documents[documentType=TEST_REPORT]", Tier.AUTHORITY)));

    private static TierMap.Row row(String path, Tier tier) {
        return new TierMap.Row("document", path, null, tier, "test");
    }

    private JsonNode document() {
        return JSON.readTree(
                """
                {"id":"B-1","design":{"pack":{"bms":"x"},"components":[{"partNumber":"p"}]},
                 "documents":[{"documentType":"DECLARATION_OF_CONFORMITY","url":"a"},
                              {"documentType":"DISMANTLING_MANUAL","url":"b"},
                              {"documentType":"TEST_REPORT","url":"c"}],
                 "unmappedNewField":42}""");
    }

    @Test
    void publicViewKeepsPublicFieldsAndPublicDocumentsOnly() {
        JsonNode tree = document();

        new TierFilter(scopes.get("document"), EnumSet.of(Tier.PUBLIC)).prune(tree);

        assertThat(tree.propertyNames()).containsExactlyInAnyOrder("id", "documents");
        assertThat(tree.get("documents").size()).isEqualTo(1);
        assertThat(tree.get("documents").get(0).get("url").asString()).isEqualTo("a");
    }

    @Test
    void legitimateInterestAddsDesignAndDismantlingDocumentsButNoTestReports() {
        JsonNode tree = document();

        TierFilter filter =
                new TierFilter(
                        scopes.get("document"), EnumSet.of(Tier.PUBLIC, Tier.LEGITIMATE_INTEREST));
        filter.prune(tree);

        assertThat(tree.has("design")).isTrue();
        assertThat(tree.has("unmappedNewField")).isTrue();
        assertThat(tree.get("documents").size()).isEqualTo(2);
        assertThat(filter.highestShown()).isEqualTo(Tier.LEGITIMATE_INTEREST);
    }

    @Test
    void unmappedAttributesAreRestrictedByDefault() {
        JsonNode tree = JSON.readTree("{\"brandNewAttribute\":1}");

        new TierFilter(
                        TierMap.index(List.of())
                                .getOrDefault("document", new TierMap.Scope(Map.of(), Map.of())),
                        EnumSet.of(Tier.PUBLIC))
                .prune(tree);

        assertThat(tree.isEmpty()).isTrue();
    }

    @Test
    void shippedTierMapFollowsAnnexThirteen() throws Exception {
        var rows = TierMap.parse(TierMap.read());
        var document = TierMap.index(rows).get("document");

        assertThat(document.pathOr("id", null)).isEqualTo(Tier.PUBLIC);
        assertThat(document.pathOr("design", null)).isEqualTo(Tier.LEGITIMATE_INTEREST);
        assertThat(document.pathOr("batteryStatus", null)).isEqualTo(Tier.LEGITIMATE_INTEREST);
        assertThat(document.conditionsAt("documents"))
                .contains(new TierMap.Condition("documentType", "TEST_REPORT", Tier.AUTHORITY));
        assertThat(rows)
                .allSatisfy(
                        row ->
                                assertThat(
                                                row.dataPoint() == null
                                                        || (row.dataPoint() >= 1
                                                                && row.dataPoint() <= 71))
                                        .isTrue());
    }
}
