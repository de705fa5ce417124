package eu.dbp.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Prunes a JSON tree down to the attributes a caller may see. Each node's tier is that of the
 * longest matching row of the scope, inherited by everything beneath it; array elements may take
 * their tier from a condition on one of their fields. Leaves the caller may not see are removed,
 * and so are containers that end up empty without being visible themselves.
 */
final class TierFilter {

    private final TierMap.Scope scope;
    private final Set<Tier> visible;
    private Tier highestShown = Tier.PUBLIC;

    TierFilter(TierMap.Scope scope, Set<Tier> visible) {
        this.scope = scope;
        this.visible = visible;
    }

    /** Prunes {@code root} in place; returns whether anything of it remains visible. */
    boolean prune(JsonNode root) {
        Tier rootTier = scope.pathOr("", TierMap.UNMAPPED);
        return keep(root, "", rootTier);
    }

    /** The most restricted tier that was left in the tree. */
    Tier highestShown() {
        return highestShown;
    }

    private boolean keep(JsonNode node, String path, Tier tier) {
        if (node instanceof ObjectNode object) {
            List<String> drop = new ArrayList<>();
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                String childPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (!keep(field.getValue(), childPath, scope.pathOr(childPath, tier))) {
                    drop.add(field.getKey());
                }
            }
            object.remove(drop);
            return !object.isEmpty() || show(tier);
        }
        if (node instanceof ArrayNode array) {
            List<TierMap.Condition> conditions = scope.conditionsAt(path);
            for (int i = array.size() - 1; i >= 0; i--) {
                JsonNode element = array.get(i);
                if (!keep(element, path, elementTier(element, conditions, tier))) {
                    array.remove(i);
                }
            }
            return !array.isEmpty() || show(tier);
        }
        return show(tier);
    }

    private static Tier elementTier(
            JsonNode element, List<TierMap.Condition> conditions, Tier tier) {
        for (TierMap.Condition condition : conditions) {
            JsonNode value = element.get(condition.field());
            if (value != null
                    && value.isValueNode()
                    && condition.value().equals(value.asString())) {
                return condition.tier();
            }
        }
        return tier;
    }

    private boolean show(Tier tier) {
        if (!visible.contains(tier)) {
            return false;
        }
        if (tier.compareTo(highestShown) > 0) {
            highestShown = tier;
        }
        return true;
    }
}
