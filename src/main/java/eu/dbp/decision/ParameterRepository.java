package eu.dbp.decision;

import eu.dbp.decision.DecisionParameters.MaterialContent;
import eu.dbp.decision.DecisionParameters.Price;
import eu.dbp.decision.DecisionParameters.ProcessRecovery;
import eu.dbp.decision.DecisionParameters.Threshold;
import eu.dbp.passport.Chemistry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and changes the decision tables of migration V30. */
@Repository
class ParameterRepository {

    static final String PRICE_PREFIX = "price.";

    private final JdbcClient jdbc;

    ParameterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    DecisionParameters load() {
        Map<String, Threshold> thresholds = new HashMap<>();
        jdbc.sql(
                        """
                select key, value, unit, min_value, max_value, description, source
                from decision_threshold""")
                .query(
                        (RowCallbackHandler)
                                rs -> {
                                    Threshold t =
                                            new Threshold(
                                                    rs.getString("key"),
                                                    rs.getDouble("value"),
                                                    rs.getString("unit"),
                                                    rs.getDouble("min_value"),
                                                    rs.getDouble("max_value"),
                                                    rs.getString("description"),
                                                    rs.getString("source"));
                                    thresholds.put(t.key(), t);
                                });

        Map<Chemistry, List<MaterialContent>> materials = new EnumMap<>(Chemistry.class);
        jdbc.sql(
                        "select chemistry, element, kg_per_kwh, basis, source from chemistry_material"
                                + " order by chemistry, element")
                .query(
                        (RowCallbackHandler)
                                rs ->
                                        materials
                                                .computeIfAbsent(
                                                        Chemistry.valueOf(
                                                                rs.getString("chemistry")),
                                                        c -> new ArrayList<>())
                                                .add(
                                                        new MaterialContent(
                                                                Element.valueOf(
                                                                        rs.getString("element")),
                                                                rs.getDouble("kg_per_kwh"),
                                                                rs.getString("basis"),
                                                                rs.getString("source"))));

        Map<RecyclingProcess, Map<Element, ProcessRecovery>> recovery =
                new EnumMap<>(RecyclingProcess.class);
        jdbc.sql("select process, element, recovery_pct, source from process_recovery")
                .query(
                        (RowCallbackHandler)
                                rs -> {
                                    Element element = Element.valueOf(rs.getString("element"));
                                    recovery.computeIfAbsent(
                                                    RecyclingProcess.valueOf(
                                                            rs.getString("process")),
                                                    p -> new EnumMap<>(Element.class))
                                            .put(
                                                    element,
                                                    new ProcessRecovery(
                                                            element,
                                                            rs.getDouble("recovery_pct"),
                                                            rs.getString("source")));
                                });

        Map<Element, Price> prices = new EnumMap<>(Element.class);
        jdbc.sql("select element, price_per_kg, currency, quoted_on, source from material_price")
                .query(
                        (RowCallbackHandler)
                                rs -> {
                                    Element element = Element.valueOf(rs.getString("element"));
                                    prices.put(
                                            element,
                                            new Price(
                                                    element,
                                                    rs.getDouble("price_per_kg"),
                                                    rs.getString("currency"),
                                                    rs.getObject("quoted_on", LocalDate.class),
                                                    rs.getString("source")));
                                });

        return new DecisionParameters(thresholds, materials, recovery, prices, targets());
    }

    List<RecoveryTarget> targets() {
        return jdbc.sql(
                        """
                select kind, subject, target_pct, deadline, source from recovery_target
                order by kind, subject, deadline""")
                .query(
                        (rs, row) ->
                                new RecoveryTarget(
                                        rs.getString("kind"),
                                        rs.getString("subject"),
                                        rs.getDouble("target_pct"),
                                        rs.getObject("deadline", LocalDate.class),
                                        rs.getString("source")))
                .list();
    }

    List<DecisionParameter> all() {
        List<DecisionParameter> all =
                new ArrayList<>(
                        jdbc.sql(THRESHOLDS + " order by key")
                                .query(ParameterRepository::threshold)
                                .list());
        all.addAll(jdbc.sql(PRICES + " order by element").query(ParameterRepository::price).list());
        return all;
    }

    Optional<DecisionParameter> find(String key) {
        Optional<Element> element = priceElement(key);
        if (element.isPresent()) {
            return jdbc.sql(PRICES + " where element = :element")
                    .param("element", element.get().name())
                    .query(ParameterRepository::price)
                    .optional();
        }
        return jdbc.sql(THRESHOLDS + " where key = :key")
                .param("key", key)
                .query(ParameterRepository::threshold)
                .optional();
    }

    /** Returns the number of rows changed: 0 when {@code expectedVersion} is stale. */
    int updateThreshold(
            String key, double value, String source, Integer expectedVersion, String by) {
        return jdbc.sql(
                        """
                update decision_threshold
                set value = :value, source = coalesce(:source, source), version = version + 1,
                    updated_at = now(), updated_by = :by
                where key = :key"""
                                + versionClause(expectedVersion))
                .param("value", value)
                .param("source", source, java.sql.Types.VARCHAR)
                .param("by", by)
                .param("key", key)
                .params(versionParam(expectedVersion))
                .update();
    }

    int updatePrice(
            Element element,
            double price,
            String currency,
            LocalDate quotedOn,
            String source,
            Integer expectedVersion,
            String by) {
        return jdbc.sql(
                        """
                update material_price
                set price_per_kg = :price, currency = coalesce(:currency, currency),
                    quoted_on = :quotedOn, source = coalesce(:source, source),
                    version = version + 1, updated_at = now(), updated_by = :by
                where element = :element"""
                                + versionClause(expectedVersion))
                .param("price", price)
                .param("currency", currency, java.sql.Types.VARCHAR)
                .param("quotedOn", quotedOn)
                .param("source", source, java.sql.Types.VARCHAR)
                .param("by", by)
                .param("element", element.name())
                .params(versionParam(expectedVersion))
                .update();
    }

    private static String versionClause(Integer expectedVersion) {
        return expectedVersion == null ? "" : " and version = :version";
    }

    private static Map<String, Object> versionParam(Integer expectedVersion) {
        return expectedVersion == null ? Map.of() : Map.of("version", expectedVersion);
    }

    static Optional<Element> priceElement(String key) {
        if (!key.startsWith(PRICE_PREFIX)) {
            return Optional.empty();
        }
        String name = key.substring(PRICE_PREFIX.length()).toUpperCase(java.util.Locale.ROOT);
        for (Element element : Element.values()) {
            if (element.name().equals(name)) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }

    private static final String THRESHOLDS =
            """
            select key, value, unit, min_value, max_value, description, source, version,
                   updated_at, updated_by
            from decision_threshold""";

    private static final String PRICES =
            """
            select element, price_per_kg, currency, quoted_on, source, version, updated_at, updated_by
            from material_price""";

    private static DecisionParameter threshold(ResultSet rs, int row) throws SQLException {
        return new DecisionParameter(
                rs.getString("key"),
                rs.getDouble("value"),
                rs.getString("unit"),
                rs.getDouble("min_value"),
                rs.getDouble("max_value"),
                rs.getString("description"),
                rs.getString("source"),
                null,
                null,
                rs.getInt("version"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"));
    }

    private static DecisionParameter price(ResultSet rs, int row) throws SQLException {
        String currency = rs.getString("currency");
        return new DecisionParameter(
                PRICE_PREFIX + rs.getString("element").toLowerCase(java.util.Locale.ROOT),
                rs.getDouble("price_per_kg"),
                currency + "/kg",
                0.0,
                100000.0,
                "price per kg of recovered " + rs.getString("element"),
                rs.getString("source"),
                currency,
                rs.getObject("quoted_on", LocalDate.class),
                rs.getInt("version"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"));
    }
}
