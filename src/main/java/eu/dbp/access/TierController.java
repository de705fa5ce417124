package eu.dbp.access;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Publishes the attribute tier map in force: which attribute is public, and why. */
@RestController
class TierController {

    private final TierMap tiers;
    private final JdbcClient jdbc;

    TierController(TierMap tiers, JdbcClient jdbc) {
        this.tiers = tiers;
        this.jdbc = jdbc;
    }

    record TierRow(String scope, String path, Integer dataPoint, String tier, String rationale) {}

    record TierMapView(String version, List<TierRow> attributes) {}

    @GetMapping("/api/v1/access/tiers")
    TierMapView tiers() {
        List<TierRow> rows =
                jdbc.sql(
                                """
                select scope, path, data_point, tier, rationale from attribute_tier
                where version = :v order by scope, path""")
                        .param("v", tiers.version())
                        .query(TierRow.class)
                        .list();
        return new TierMapView(tiers.version(), rows);
    }
}
