package eu.dbp.access;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Annex XIII tier of every attribute, loaded from the versioned resource {@code
 * attribute-tiers.csv} into {@code attribute_tier} at start and read back from there. A changed
 * file must carry a new version: a known version with other content stops the start.
 */
@Component
class TierMap implements InitializingBean {

    static final String RESOURCE = "eu/dbp/access/attribute-tiers.csv";
    static final String DOCUMENT = "document";

    /** What an attribute without a row is: restricted, so a new field is never leaked. */
    static final Tier UNMAPPED = Tier.LEGITIMATE_INTEREST;

    private static final Logger log = LoggerFactory.getLogger(TierMap.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private volatile Map<String, Scope> scopes = Map.of();
    private String version;

    TierMap(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** The rows of one scope: plain paths and conditional array-element paths. */
    record Scope(Map<String, Tier> paths, Map<String, List<Condition>> conditions) {

        Tier pathOr(String path, Tier inherited) {
            return paths.getOrDefault(path, inherited);
        }

        List<Condition> conditionsAt(String path) {
            return conditions.getOrDefault(path, List.of());
        }
    }

    /** Array elements at a path whose {@code field} equals {@code value} have {@code tier}. */
    record Condition(String field, String value, Tier tier) {}

    record Row(String scope, String path, Integer dataPoint, Tier tier, String rationale) {}

    @Override
    public void afterPropertiesSet() throws IOException {
        String text = read();
        version = version(text);
        List<Row> rows = parse(text);
        String checksum = sha256(text);
        transactions.executeWithoutResult(status -> store(rows, checksum));
        scopes = index(load());
        log.info("Attribute tier map {} in force: {} rows", version, rows.size());
    }

    /** The rows of a scope; an unknown scope has none, so everything in it is restricted. */
    Scope scope(String name) {
        return scopes.getOrDefault(name, new Scope(Map.of(), Map.of()));
    }

    /** The tier of a whole sub-resource, for deciding before the handler runs. */
    Tier rootTier(String scope) {
        return scope(scope).pathOr("", UNMAPPED);
    }

    String version() {
        return version;
    }

    private void store(List<Row> rows, String checksum) {
        String known =
                jdbc.sql("select checksum from attribute_tier_version where version = :v")
                        .param("v", version)
                        .query(String.class)
                        .optional()
                        .orElse(null);
        if (known != null && !known.equals(checksum)) {
            throw new IllegalStateException(
                    "Attribute tier map version "
                            + version
                            + " is already loaded with other content; give the changed file a new version");
        }
        jdbc.sql(
                        """
                insert into attribute_tier_version (version, checksum) values (:v, :c)
                on conflict (version) do nothing""")
                .param("v", version)
                .param("c", checksum)
                .update();
        for (Row row : rows) {
            jdbc.sql(
                            """
                    insert into attribute_tier (version, scope, path, data_point, tier, rationale)
                    values (:v, :scope, :path, :dp, :tier, :rationale)
                    on conflict do nothing""")
                    .param("v", version)
                    .param("scope", row.scope())
                    .param("path", row.path())
                    .param("dp", row.dataPoint())
                    .param("tier", row.tier().name())
                    .param("rationale", row.rationale())
                    .update();
        }
    }

    private List<Row> load() {
        return jdbc.sql(
                        """
                select scope, path, data_point, tier, rationale from attribute_tier
                where version = :v""")
                .param("v", version)
                .query(
                        (rs, n) ->
                                new Row(
                                        rs.getString(1),
                                        rs.getString(2),
                                        (Integer) rs.getObject(3),
                                        Tier.valueOf(rs.getString(4)),
                                        rs.getString(5)))
                .list();
    }

    static Map<String, Scope> index(List<Row> rows) {
        Map<String, Map<String, Tier>> paths = new HashMap<>();
        Map<String, Map<String, List<Condition>>> conditions = new HashMap<>();
        for (Row row : rows) {
            int bracket = row.path().indexOf('[');
            if (bracket < 0) {
                paths.computeIfAbsent(row.scope(), s -> new HashMap<>())
                        .put(row.path(), row.tier());
                continue;
            }
            String arrayPath = row.path().substring(0, bracket);
            String[] test =
                    row.path().substring(bracket + 1, row.path().length() - 1).split("=", 2);
            conditions
                    .computeIfAbsent(row.scope(), s -> new HashMap<>())
                    .computeIfAbsent(arrayPath, p -> new ArrayList<>())
                    .add(new Condition(test[0], test[1], row.tier()));
        }
        Map<String, Scope> out = new HashMap<>();
        paths.forEach(
                (scope, p) ->
                        out.put(
                                scope,
                                new Scope(
                                        Map.copyOf(p),
                                        Map.copyOf(conditions.getOrDefault(scope, Map.of())))));
        conditions.forEach(
                (scope, c) -> out.putIfAbsent(scope, new Scope(Map.of(), Map.copyOf(c))));
        return Map.copyOf(out);
    }

    static String read() throws IOException {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String version(String text) {
        for (String line : text.split("\n")) {
            if (line.startsWith("# version:")) {
                return line.substring("# version:".length()).trim();
            }
        }
        throw new IllegalStateException(RESOURCE + " names no '# version:'");
    }

    static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        boolean header = true;
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            List<String> cells = cells(line.strip());
            if (cells.size() != 5) {
                throw new IllegalStateException(RESOURCE + ": expected 5 columns in: " + line);
            }
            rows.add(
                    new Row(
                            cells.get(0),
                            cells.get(1),
                            cells.get(2).isEmpty() ? null : Integer.valueOf(cells.get(2)),
                            Tier.valueOf(cells.get(3)),
                            cells.get(4)));
        }
        return rows;
    }

    /** Splits one CSV line; double quotes enclose cells that contain commas. */
    static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
